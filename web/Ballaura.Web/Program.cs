using Ballaura.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBallauraWeb();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBallauraWeb();
await app.RunAsync();
