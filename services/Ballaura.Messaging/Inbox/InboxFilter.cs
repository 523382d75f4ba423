using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ballaura.Messaging.Inbox;

/// <summary>
/// Runs a consumer inside one database transaction together with its inbox row. A message this
/// endpoint already handled is acknowledged and skipped; two deliveries racing each other are
/// stopped by the inbox's primary key, and the loser is retried and then skipped.
/// Whatever the consumer publishes through <see cref="Outbox.IOutbox"/> commits in the same transaction.
/// On SQLite, deliveries arriving together share that transaction (<see cref="InboxGroup"/>); on SQL Server,
/// which writes concurrently, each has its own, run by the provider's retrying execution strategy.
/// </summary>
internal sealed class InboxFilter<TMessage>(
    ScopedDbContext messagingDb,
    InboxGroups groups,
    TimeProvider time,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>> where TMessage : class
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.MessageId is not { } messageId)
        {
            throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be handled idempotently.");
        }

        var consumer = EndpointName(context);
        var db = messagingDb.Context;
        // The whole attempt is one transaction that either commits or rolls back: EF's savepoint around
        // each SaveChanges inside it would only add two statements per message.
        db.Database.AutoSavepointsEnabled = false;
        if (db.Database.ProviderName == SqliteProvider)
        {
            await groups.For(consumer).HandleAsync(
                new InboxDelivery(messageId, typeof(TMessage).Name, db, () => next.Send(context), context.CancellationToken));
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            var alreadyHandled = await db.Set<InboxState>()
                .AnyAsync(i => i.MessageId == messageId && i.Consumer == consumer, context.CancellationToken);
            if (alreadyHandled)
            {
                InboxLog.DuplicateSkipped(logger, typeof(TMessage).Name, messageId, consumer);
                return;
            }

            db.Set<InboxState>().Add(new InboxState(messageId, consumer, time.GetUtcNow().UtcDateTime));
            try
            {
                await next.Send(context);
                await db.SaveChangesAsync(context.CancellationToken);
                await transaction.CommitAsync(context.CancellationToken);
            }
            catch
            {
                // Leave nothing of a failed attempt behind for the retry that follows in this scope.
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("ballaura-inbox");

    /// <summary>The queue name alone: the same endpoint keeps its identity if the virtual host changes.</summary>
    private static string EndpointName(ConsumeContext context) =>
        context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
}
