using System.Text.Json;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Recipients;
using Ballaura.Notifications.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Notifications.Sending;

/// <summary>
/// One pass over the messages that are due: each is leased by a conditional update (a replica that lost the race skips
/// it; a lease left by a crashed sender expires and the message is taken again), the patient's contact read from Intake,
/// the channel chosen (preferences, opt-outs, fallbacks), quiet hours respected for texts and calls, then rendered and
/// sent. A failure is retried with a growing wait and ends on the dead-letter list.
/// </summary>
public sealed class NotificationSender(
    NotificationsDbContext db, IntakeContacts contacts, EmailChannel email, SmsChannel sms, IOptions<ClinicVoice> clinic, IOptions<SendingOptions> sending,
    TimeProvider time, ILogger<NotificationSender> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 50;

    /// <returns>How many messages were sent in this pass.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Notifications.AsNoTracking()
            .Where(n => (n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now) || (n.Status == NotificationStatus.Sending && n.LeaseUntil < now))
            .OrderBy(n => n.NextAttemptAt).Select(n => n.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var leaseUntil = time.GetUtcNow() + Lease;
            var leased = await db.Notifications
                .Where(n => n.Id == id && ((n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now) || (n.Status == NotificationStatus.Sending && n.LeaseUntil < now)))
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.Status, NotificationStatus.Sending).SetProperty(n => n.LeaseUntil, leaseUntil), cancellationToken);
            if (leased == 1)
            {
                sent += await SendAsync(id, cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var notification = await db.Notifications.SingleAsync(n => n.Id == id, cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            var contact = await contacts.GetAsync(notification.PatientId, cancellationToken);
            var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.PatientId == notification.PatientId, cancellationToken);
            var decision = contact is null ? null : ChannelChoice.Decide(contact, preference, notification.AvoidSms);
            if (decision is null)
            {
                notification.Suppressed(contact is null ? "The patient is not known at intake." : "No e-mail address or phone number on file.");
            }
            else if (decision.Channel != Channel.Email
                && QuietHours.EndIfQuiet(now, Zone, preference?.QuietStart ?? sending.Value.QuietStart, preference?.QuietEnd ?? sending.Value.QuietEnd) is { } quietEnd)
            {
                notification.Defer(quietEnd, $"Held until the end of quiet hours ({decision.Channel.ToString().ToLowerInvariant()}).");
            }
            else
            {
                var rendered = MessageTemplates.Render(notification.Kind, JsonDocument.Parse(notification.Data).RootElement, contact!.FirstName, clinic.Value);
                var providerId = decision.Channel switch
                {
                    Channel.Email => await email.SendAsync(notification.Id, decision.Address, contact.FirstName, rendered, cancellationToken),
                    Channel.Sms => await sms.SendAsync(notification.Id, decision.Address, rendered.Sms, cancellationToken),
                    _ => null,
                };
                notification.Sent(decision.Channel, decision.Address, rendered.Subject, decision.Channel == Channel.Sms ? rendered.Sms : rendered.Text, providerId,
                    decision.Note ?? notification.Note, time.GetUtcNow());
            }
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // SMTP refused or unreachable, the SMS provider down, Intake away: kept and tried again later. No address in the log.
            logger.LogWarning("Notification {Id} attempt {Attempt} failed: {Error}", notification.Id, notification.Attempts + 1, error.GetType().Name);
            notification.Failed(error.Message, time.GetUtcNow(), TimeSpan.FromSeconds(sending.Value.RetryBaseSeconds));
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return notification.Status == NotificationStatus.Sent;
    }

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(clinic.Value.TimeZone);
}
