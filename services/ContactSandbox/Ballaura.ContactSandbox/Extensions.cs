using Ballaura.ContactSandbox.Faults;
using Ballaura.ContactSandbox.Mail;
using Ballaura.ContactSandbox.Sms;

namespace Ballaura.ContactSandbox;

public static class Extensions
{
    public static IHostApplicationBuilder AddContactSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new ContactFaults(builder.Configuration.GetSection("Sandbox:Faults").Get<ContactFaultSettings>() ?? new ContactFaultSettings()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Inbox>();
        builder.Services.AddSingleton<InboxMessageStore>();
        builder.Services.AddHostedService<SmtpSink>();
        return builder;
    }

    /// <summary>The inbox (GET /mail/messages?to=), the SMS API and the fault switches. Never exposed through the gateway.</summary>
    public static WebApplication MapContactSandbox(this WebApplication app)
    {
        app.MapGet("/mail/messages", (string? to, long? after, Inbox inbox) => Results.Ok(inbox.All
            .Where(m => to is null || m.To.Contains(to, StringComparer.OrdinalIgnoreCase))
            .Where(m => after is null || m.Sequence > after).ToList()));
        app.MapSmsGateway();
        app.MapGet("/sandbox/faults", (ContactFaults faults) => Results.Ok(faults.Settings));
        app.MapPut("/sandbox/faults", (ContactFaultSettings settings, ContactFaults faults) =>
        {
            faults.Replace(settings);
            return Results.Ok(settings);
        });
        return app;
    }
}
