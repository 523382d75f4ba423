using Ballaura.Eligibility;
using Ballaura.Eligibility.Data;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEligibilityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapEligibilityApi();
await app.MigrateDatabaseAsync<EligibilityDbContext>();
await app.RunAsync();
