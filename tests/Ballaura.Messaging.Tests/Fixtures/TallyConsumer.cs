using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>
/// Counts per key and announces the count through the outbox. A key starting with "fail-once" throws
/// after its writes on the first attempt, to show that a failed attempt leaves nothing behind; a key in
/// <see cref="Poisoned"/> fails every attempt until it is taken out (a bug fixed, a dependency back).
/// </summary>
public sealed class TallyConsumer(TallyDbContext db, IOutbox outbox, TimeProvider time) : IConsumer<TallyRequested>
{
    private static readonly HashSet<string> FailedOnce = [];

    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Poisoned = new();

    public async Task Consume(ConsumeContext<TallyRequested> context)
    {
        var key = context.Message.Key;
        var tally = await db.Tallies.FirstOrDefaultAsync(t => t.Key == key);
        if (tally is null)
        {
            tally = new Tally { Key = key };
            db.Tallies.Add(tally);
        }

        tally.Count++;
        tally.LastCountedAt = time.GetUtcNow().UtcDateTime;
        outbox.Publish(new TallyCounted(key, tally.Count));

        if (Poisoned.ContainsKey(key))
        {
            throw new InvalidOperationException("This key cannot be counted yet.");
        }

        lock (FailedOnce)
        {
            if (key.StartsWith("fail-once", StringComparison.Ordinal) && FailedOnce.Add(key))
            {
                throw new InvalidOperationException("Failing the first attempt on purpose.");
            }
        }
    }
}

/// <summary>Records every TallyCounted it sees, so tests can count what the first consumer published.</summary>
public sealed class TallyCountedConsumer(TallyDbContext db) : IConsumer<TallyCounted>
{
    public async Task Consume(ConsumeContext<TallyCounted> context)
    {
        var key = "counted:" + context.Message.Key;
        var tally = await db.Tallies.FirstOrDefaultAsync(t => t.Key == key);
        if (tally is null)
        {
            db.Tallies.Add(tally = new Tally { Key = key });
        }

        tally.Count++;
    }
}
