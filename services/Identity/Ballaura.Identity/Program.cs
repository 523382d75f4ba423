using Ballaura.Identity;
using Ballaura.Identity.Accounts;
using Ballaura.Identity.Connect;
using Ballaura.Identity.Data;
using Ballaura.Identity.Seeding;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIdentityApi();
await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.EnsureRolesAsync();
await app.RegisterClientsAsync();
await app.SeedDevelopmentAccountsAsync();
await app.RunAsync();
