using System.Net.Sockets;
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
/// Sends e-mail over SMTP with MailKit: plain text and HTML. One connection is kept open and reused (opened again after
/// an error or when the server closed it). Each message's Message-Id is the notification's, so a copy sent again after a
/// crash between the server's acceptance and our record is recognisable as the same message.
/// </summary>
public sealed class EmailChannel(IOptions<SmtpOptions> smtp, IOptions<ClinicVoice> clinic) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpClient? _client;

    public async Task<string> SendAsync(Guid notificationId, string to, string name, RenderedMessage rendered, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = rendered.Subject, MessageId = $"{notificationId:N}@notifications.ballaura" };
        message.From.Add(new MailboxAddress(clinic.Value.Name, clinic.Value.FromAddress));
        message.To.Add(new MailboxAddress(name, to));
        message.Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody();

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
            return message.MessageId;
        }
        catch
        {
            // Whatever state the session is in, the next message starts a fresh one.
            _client?.Dispose();
            _client = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client?.Dispose();
        var settings = smtp.Value;
        var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        // Our own socket, to turn Nagle off: SMTP's small command/answer exchanges otherwise wait on delayed ACKs (~40 ms each).
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(settings.Host, settings.Port, cancellationToken);
            await client.ConnectAsync(socket, settings.Host, settings.Port, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            client.Dispose();
            throw;
        }
        if (settings.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }

        _client = client;
        return client;
    }

    public void Dispose()
    {
        _client?.Dispose();
        _gate.Dispose();
    }
}
