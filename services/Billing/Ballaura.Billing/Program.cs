using Ballaura.Billing;
using Ballaura.Billing.Data;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBillingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBillingApi();
await app.MigrateDatabaseAsync<BillingDbContext>();
await app.RunAsync();
