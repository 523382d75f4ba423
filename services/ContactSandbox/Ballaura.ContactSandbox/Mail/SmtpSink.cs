using SmtpServer;

namespace Ballaura.ContactSandbox.Mail;

/// <summary>The SMTP server, on the port given as "Sandbox:SmtpPort" (the AppHost allocates one).</summary>
public sealed class SmtpSink(InboxMessageStore store, IConfiguration configuration, ILogger<SmtpSink> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = configuration.GetValue("Sandbox:SmtpPort", 2525);
        var options = new SmtpServerOptionsBuilder().ServerName("contact-sandbox").Port(port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        logger.LogInformation("SMTP sink listening on port {Port}", port);
        await new SmtpServer.SmtpServer(options, services).StartAsync(stoppingToken);
    }
}
