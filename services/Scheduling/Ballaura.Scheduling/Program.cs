using Ballaura.Scheduling;
using Ballaura.Scheduling.Data;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSchedulingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSchedulingApi();
await app.MigrateDatabaseAsync<SchedulingDbContext>();
await app.RunAsync();
