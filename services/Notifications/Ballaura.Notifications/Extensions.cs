using Ballaura.Notifications.Cases;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Events;
using Ballaura.Notifications.History;
using Ballaura.Notifications.Preferences;
using Ballaura.Notifications.Recipients;
using Ballaura.Notifications.Sending;
using Ballaura.Notifications.Templates;
using Ballaura.Security.ServiceClients;
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
        builder.AddBallauraMessaging<NotificationsDbContext>("notifications", bus =>
        {
            bus.AddConsumer<CaseOpenedConsumer>();
            bus.AddConsumer<CaseRefusedConsumer>();
            bus.AddConsumer<CoverageVerifiedConsumer>();
            bus.AddConsumer<CoverageNotVerifiedConsumer>();
            bus.AddConsumer<CallBackScheduledConsumer>();
            bus.AddConsumer<AppointmentBookedConsumer>();
            bus.AddConsumer<AppointmentRescheduledConsumer>();
            bus.AddConsumer<AppointmentCancelledConsumer>();
            bus.AddConsumer<AppointmentReminderDueConsumer>();
            bus.AddConsumer<PatientChargedConsumer>();
            bus.AddConsumer<StatementReadyConsumer>();
        });
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<NotificationsDbContext>();
        builder.Services.AddOpenApi();
        builder.Services.Configure<ClinicVoice>(builder.Configuration.GetSection("Notifications:Clinic"));
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Notifications:Smtp"));
        builder.Services.Configure<SendingOptions>(builder.Configuration.GetSection("Notifications:Sending"));
        builder.Services.AddHttpClient<IntakeContacts>(http => http.BaseAddress = new Uri(builder.Configuration["Notifications:IntakeUrl"] ?? "http://intake"))
            .WithServiceToken();
        builder.Services.AddHttpClient<SmsChannel>(http => http.BaseAddress = new Uri(builder.Configuration["Notifications:SmsUrl"] ?? "http://contact-sandbox"));
        builder.Services.AddSingleton<EmailChannel>();
        builder.Services.AddScoped<NotificationSender>();
        builder.Services.AddScoped<SmsReceipts>();
        builder.Services.AddHttpClient<SmsReplies>(http => http.BaseAddress = new Uri(builder.Configuration["Notifications:SmsUrl"] ?? "http://contact-sandbox"));
        builder.Services.AddHostedService<NotificationWorker>();
        return builder;
    }

    public static WebApplication MapNotificationsApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/notifications").WithTags("Notifications");
        api.MapGetCaseNotice();
        api.MapPreferences();
        api.MapNotificationHistory();
        return app;
    }
}
