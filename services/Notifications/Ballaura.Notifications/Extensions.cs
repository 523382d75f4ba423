using Ballaura.Notifications.Cases;
using Ballaura.Notifications.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;

namespace Ballaura.Notifications;

public static class Extensions
{
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsSqlServerDbContext>("notificationsdb");
        builder.AddBallauraMessaging<NotificationsDbContext>("notifications", bus => bus.AddConsumer<CaseOpenedConsumer>());
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<NotificationsDbContext>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapNotificationsApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/notifications").WithTags("Notifications");
        api.MapGetCaseNotice();
        return app;
    }
}
