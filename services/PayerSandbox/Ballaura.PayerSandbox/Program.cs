using Ballaura.PayerSandbox;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPayerSandbox();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPayerSandbox();
await app.RunAsync();
