using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Outbox;

internal sealed class EfOutbox<TDbContext>(TDbContext db, OutboxSignal signal, TimeProvider time) : IOutbox where TDbContext : DbContext
{
    public void Publish<TMessage>(TMessage message, DateTimeOffset? notBefore = null) where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage(
            messageId: NewId(),
            messageType: MessageTypeName.Of(type),
            body: JsonSerializer.Serialize(message, type, MessageJson.Options),
            traceParent: Activity.Current?.Id,
            createdAt: time.GetUtcNow().UtcDateTime,
            notBefore: notBefore?.UtcDateTime));
        signal.ExpectCommit(db);
    }

    private static Guid NewId() => Guid.CreateVersion7();
}
