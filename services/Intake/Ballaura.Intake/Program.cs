using Ballaura.Intake;
using Ballaura.Intake.Data;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIntakeServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIntakeApi();
await app.MigrateDatabaseAsync<IntakeDbContext>();
await app.RunAsync();
