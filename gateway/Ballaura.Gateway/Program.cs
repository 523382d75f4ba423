using Ballaura.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGateway();
await app.RunAsync();

/// <summary>Visible to the gateway tests' WebApplicationFactory.</summary>
public partial class Program;
