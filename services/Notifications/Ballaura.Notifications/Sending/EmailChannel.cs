using Ballaura.Notifications.Templates;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ballaura.Notifications.Sending;

/// <summary>"Notifications:Smtp": the mail server (the contact sandbox's SMTP sink in local runs).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 2525;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 15;
}

/// <summary>
/// Sends one e-mail over SMTP with MailKit: plain text and HTML. Its Message-Id is the notification's, so a copy sent
/// again after a crash between the server's acceptance and our record is recognisable as the same message.
/// </summary>
public sealed class EmailChannel(IOptions<SmtpOptions> smtp, IOptions<ClinicVoice> clinic)
{
    public async Task<string> SendAsync(Guid notificationId, string to, string name, RenderedMessage rendered, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = rendered.Subject, MessageId = $"{notificationId:N}@notifications.ballaura" };
        message.From.Add(new MailboxAddress(clinic.Value.Name, clinic.Value.FromAddress));
        message.To.Add(new MailboxAddress(name, to));
        message.Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody();

        var settings = smtp.Value;
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.Host, settings.Port, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (settings.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return message.MessageId;
    }
}
