using System.Text.Json;
using Ballaura.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Outgoing;

/// <summary>
/// Queues a message for a patient from inside a consumer (behind the inbox, in its transaction). A message with this key
/// already queued is left alone; two consumers racing on the same key meet the unique index, and the loser's retry
/// finds the winner's message.
/// </summary>
public static class Notify
{
    public static async Task QueueAsync(NotificationsDbContext db, string key, Guid patientId, NotificationKind kind, object data, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fullKey = $"{key}:{patientId:N}";
        if (await db.Notifications.AnyAsync(n => n.Key == fullKey, cancellationToken) || db.Notifications.Local.Any(n => n.Key == fullKey))
        {
            return;
        }

        db.Notifications.Add(Notification.Create(fullKey, patientId, kind, JsonSerializer.Serialize(data, JsonSerializerOptions.Web), now));
    }
}
