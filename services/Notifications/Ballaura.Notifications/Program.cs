using Ballaura.Notifications;
using Ballaura.Notifications.Data;
using Ballaura.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationsApi();
await app.MigrateDatabaseAsync<NotificationsDbContext>();
await app.RunAsync();
