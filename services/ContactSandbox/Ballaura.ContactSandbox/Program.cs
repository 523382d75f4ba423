using Ballaura.ContactSandbox;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddContactSandbox();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapContactSandbox();
await app.RunAsync();
