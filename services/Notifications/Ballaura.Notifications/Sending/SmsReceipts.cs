using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Sending;

/// <summary>
/// Reads the carrier's receipts for texts sent in the last day: delivered is recorded; undelivered is never left
/// silent — the message goes again by e-mail, saying why.
/// </summary>
public sealed class SmsReceipts(NotificationsDbContext db, SmsChannel sms, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-1);
        var texts = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Sent && n.Channel == Channel.Sms && n.ProviderId != null && n.SentAt > since)
            .Take(200).ToListAsync(cancellationToken);
        foreach (var text in texts)
        {
            switch (await sms.StatusAsync(text.ProviderId!, cancellationToken))
            {
                case "delivered":
                    text.Delivered(time.GetUtcNow());
                    break;
                case "undelivered":
                    text.FallBack("The text message could not be delivered; sent by e-mail instead.", time.GetUtcNow());
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
