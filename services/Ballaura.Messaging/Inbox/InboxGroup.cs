using System.Data.Common;
using System.Threading.Channels;
using Ballaura.Messaging.Signals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ballaura.Messaging.Inbox;

/// <summary>
/// Group commit for one receive endpoint on SQLite. SQLite has one writer per file, so deliveries handled
/// concurrently would only queue for its lock, each paying for its own transaction. Here the deliveries
/// waiting at one moment are handled one after another on one connection in one transaction: one duplicate
/// check for all of them, then per delivery a savepoint, its inbox row, its consumer and its SaveChanges.
/// A delivery that throws is rolled back to its savepoint and fails alone (MassTransit retries it and, in the
/// end, moves it to the _error queue); the others commit together and are acknowledged only after the commit.
/// Each delivery keeps its own scope and DbContext and sees what the earlier ones in its group wrote,
/// exactly as if they had run one after another. Under light load a group is one delivery.
/// </summary>
internal sealed partial class InboxGroup : IAsyncDisposable
{
    private const string DeliverySavepoint = "inbox_delivery";

    private readonly string _consumer;
    private readonly IServiceScopeFactory _scopes;
    private readonly CommitSignal[] _signals;
    private readonly TimeProvider _time;
    private readonly int _maxGroupSize;
    private readonly ILogger _logger;
    private readonly Channel<InboxDelivery> _waiting = Channel.CreateUnbounded<InboxDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public InboxGroup(string consumer, IServiceScopeFactory scopes, IEnumerable<CommitSignal> signals, TimeProvider time, int maxGroupSize, ILogger logger)
    {
        _consumer = consumer;
        _scopes = scopes;
        _signals = [.. signals];
        _time = time;
        _maxGroupSize = Math.Max(1, maxGroupSize);
        _logger = logger;
        // The loop must not carry the ambient state of the delivery that happened to create it.
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes when <paramref name="delivery"/> is committed or skipped as a duplicate; throws what its consumer threw.</summary>
    public Task HandleAsync(InboxDelivery delivery)
    {
        if (!_waiting.Writer.TryWrite(delivery))
        {
            delivery.Failed(new ObjectDisposedException(nameof(InboxGroup), "The service is stopping."));
        }

        return delivery.Outcome;
    }

    private async Task RunAsync()
    {
        var group = new List<InboxDelivery>(_maxGroupSize);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < _maxGroupSize && _waiting.Reader.TryRead(out var delivery))
            {
                group.Add(delivery);
            }

            try
            {
                await CommitGroupAsync(group);
            }
            catch (Exception ex)
            {
                // The group's transaction did not commit: every delivery not yet answered is retried.
                LogGroupFailed(ex, _consumer, group.Count);
                foreach (var delivery in group.Where(d => !d.Outcome.IsCompleted))
                {
                    Answer(delivery, ex);
                }
            }
        }
    }

    private async Task CommitGroupAsync(List<InboxDelivery> group)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var groupDb = scope.ServiceProvider.GetRequiredService<ScopedDbContext>().Context;
        await groupDb.Database.OpenConnectionAsync();
        var connection = groupDb.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await groupDb.Database.UseTransactionAsync(transaction);
        var handled = await AlreadyHandledAsync(groupDb, group);
        var committed = new List<InboxDelivery>(group.Count);
        foreach (var delivery in group)
        {
            if (delivery.CancellationToken.IsCancellationRequested)
            {
                delivery.Failed(new OperationCanceledException(delivery.CancellationToken));
            }
            else if (handled.Contains(delivery.MessageId))
            {
                InboxLog.DuplicateSkipped(_logger, delivery.MessageType, delivery.MessageId, _consumer);
                delivery.Done();
            }
            else if (await delivery.InOwnContext(() => TryHandleAsync(delivery, connection, transaction)))
            {
                handled.Add(delivery.MessageId);
                committed.Add(delivery);
            }
        }

        InboxMetrics.GroupSize.Record(group.Count, new KeyValuePair<string, object?>("consumer", _consumer));
        if (committed.Count == 0)
        {
            return;
        }

        await transaction.CommitAsync();
        foreach (var delivery in committed)
        {
            Array.ForEach(_signals, s => s.Committed(delivery.Db));
            Answer(delivery, failure: null);
        }
    }

    /// <summary>
    /// Lets go of the group's transaction before answering: once answered, the delivery's scope (and its DbContext)
    /// is disposed by MassTransit, and a retry in the same scope must start clean.
    /// </summary>
    private static void Answer(InboxDelivery delivery, Exception? failure)
    {
        delivery.Db.Database.UseTransaction(null);
        if (failure is null)
        {
            delivery.Done();
        }
        else
        {
            delivery.Failed(failure);
        }
    }

    private async Task<HashSet<Guid>> AlreadyHandledAsync(DbContext groupDb, List<InboxDelivery> group)
    {
        var ids = group.Select(d => d.MessageId).Distinct().ToList();
        var handled = await groupDb.Set<InboxState>().AsNoTracking()
            .Where(i => i.Consumer == _consumer && ids.Contains(i.MessageId))
            .Select(i => i.MessageId)
            .ToListAsync();
        return [.. handled];
    }

    /// <returns>false when the delivery failed; it is then rolled back to its savepoint and answered with its exception.</returns>
    private async Task<bool> TryHandleAsync(InboxDelivery delivery, DbConnection connection, DbTransaction transaction)
    {
        await transaction.SaveAsync(DeliverySavepoint);
        var db = delivery.Db;
        try
        {
            db.ChangeTracker.Clear();
            db.Database.SetDbConnection(connection);
            await db.Database.UseTransactionAsync(transaction, delivery.CancellationToken);
            db.Set<InboxState>().Add(new InboxState(delivery.MessageId, _consumer, _time.GetUtcNow().UtcDateTime));
            await delivery.Handle();
            await db.SaveChangesAsync(delivery.CancellationToken);
            await transaction.ReleaseAsync(DeliverySavepoint);
            return true;
        }
        catch (Exception ex)
        {
            await transaction.RollbackAsync(DeliverySavepoint);
            await transaction.ReleaseAsync(DeliverySavepoint);
            db.ChangeTracker.Clear();
            Answer(delivery, ex);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox: a group of {Count} deliveries to {Consumer} did not commit; each will be retried")]
    private partial void LogGroupFailed(Exception exception, string consumer, int count);
}
