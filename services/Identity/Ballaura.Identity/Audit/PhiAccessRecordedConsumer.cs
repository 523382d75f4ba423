using Ballaura.Contracts.Audit;
using Ballaura.Identity.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Identity.Audit;

/// <summary>
/// Appends each audit event to the chain, behind the inbox (a redelivery appends nothing). The sequence is
/// the primary key, so two appenders racing for the same place cannot fork the chain: the loser retries.
/// </summary>
public sealed class PhiAccessRecordedConsumer(IdentityDbContext db, TimeProvider time) : IConsumer<PhiAccessRecorded>
{
    public async Task Consume(ConsumeContext<PhiAccessRecorded> context)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(context.CancellationToken);
        db.AuditEntries.Add(AuditEntry.Append(last, context.Message, time.GetUtcNow()));
    }
}

public sealed class PhiAccessRecordedConsumerDefinition : ConsumerDefinition<PhiAccessRecordedConsumer>
{
    public PhiAccessRecordedConsumerDefinition()
    {
        // One appender per process keeps the chain free of contention; the primary key guards replicas.
        ConcurrentMessageLimit = 1;
    }
}
