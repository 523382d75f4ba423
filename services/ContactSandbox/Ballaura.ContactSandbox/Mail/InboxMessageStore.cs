using System.Buffers;
using Ballaura.ContactSandbox.Faults;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Ballaura.ContactSandbox.Mail;

/// <summary>Keeps each message the SMTP server accepts in the inbox — or refuses it with 451 while the server is "down".</summary>
public sealed class InboxMessageStore(Inbox inbox, ContactFaults faults, TimeProvider time, ILogger<InboxMessageStore> logger) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (faults.Settings.SmtpDown)
        {
            return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.3.2 Mail server down for maintenance, try again later");
        }

        await using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var mail = inbox.Add(sequence => new ReceivedMail(sequence, message.MessageId, message.From.ToString(),
            message.To.Mailboxes.Select(m => m.Address).ToList(), message.Subject ?? "", message.TextBody, message.HtmlBody, time.GetUtcNow()));
        logger.LogInformation("Mail {Sequence} accepted ({MessageId})", mail.Sequence, mail.MessageId);
        return SmtpResponse.Ok;
    }
}
