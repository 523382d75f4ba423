using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ballaura.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to the broker in sequence order, marks them sent, and keeps
/// trying across broker outages and restarts. Delivery is at least once: a crash between publish
/// and marking re-publishes with the same MessageId, which the consumers' inbox drops.
/// </summary>
internal sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    internal static readonly ActivitySource ActivitySource = new("Ballaura.Messaging");

    private readonly OutboxOptions _options = options.Value.Outbox;
    private DateTime _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Our own receive endpoints bind their queues while the bus starts; a message published
        // before that would reach an exchange with no queue behind it and be dropped.
        await WaitForBusAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await RunOnceAsync(stoppingToken);
                // Nothing at all went through: the broker is away, so back off as a whole.
                failures = result.Failed > 0 && result.Sent == 0 ? failures + 1 : 0;
                if (failures == 0 && result.Sent < _options.BatchSize)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                LogDispatchFailed(ex, failures);
            }

            if (failures > 0 && !await DelayAsync(RetryDelay(failures), stoppingToken))
            {
                return;
            }
        }
    }

    private async Task WaitForBusAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await DelayAsync(TimeSpan.FromMilliseconds(200), stoppingToken);
        }
    }

    private async Task<(int Sent, int Failed)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await DispatchBatchAsync(cancellationToken);
        await CleanUpWhenDueAsync(cancellationToken);
        return result;
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxRetryDelay.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    internal async Task<(int Sent, int Failed)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var rows = await ClaimDueRowsAsync(db, cancellationToken);
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // Started in sequence order; several in flight at once, because awaiting each publisher
        // confirm in turn caps a service at a few dozen messages per second.
        var outcomes = await Task.WhenAll(rows.Select(row => PublishAsync(row, timeout.Token)));

        var sent = rows.Where((_, i) => outcomes[i] is null).Select(r => r.SequenceNumber).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        if (sent.Count > 0)
        {
            await db.Set<OutboxMessage>()
                .Where(m => sent.Contains(m.SequenceNumber))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.LockId, (Guid?)null), CancellationToken.None);
        }

        var failed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (outcomes[i] is not { } error)
            {
                continue;
            }

            // The row sits out its own backoff (the lease), so one message that cannot be published
            // never slows the others down; its attempts and last error stay on the row for ops to see.
            failed++;
            var row = rows[i];
            var retryAt = now + RetryDelay(row.Attempts + 1);
            await db.Set<OutboxMessage>()
                .Where(m => m.SequenceNumber == row.SequenceNumber)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.LockId, (Guid?)null)
                    .SetProperty(m => m.LockedUntil, retryAt)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, error), CancellationToken.None);
        }

        if (failed > 0)
        {
            LogPublishFailed(failed, rows.Count, outcomes.First(o => o is not null)!);
        }

        return (sent.Count, failed);
    }

    /// <summary>
    /// Takes a lease on the oldest due rows. The conditional update is the lock, so it works the same
    /// on SQLite and SQL Server: a replica that lost the race updates nothing for the rows it lost.
    /// When the lease took every row read (no other replica, the usual case), the rows read are the batch;
    /// only after a lost race are the rows this lease holds read back.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimDueRowsAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var outbox = db.Set<OutboxMessage>();
        var due = await outbox.AsNoTracking()
            .Where(m => m.SentAt == null
                && (m.NotBefore == null || m.NotBefore <= now)
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.SequenceNumber)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var lockId = Guid.NewGuid();
        var leaseEnd = now + _options.LeaseDuration;
        var dueSequence = due.Select(m => m.SequenceNumber).ToList();
        var leased = await outbox
            .Where(m => dueSequence.Contains(m.SequenceNumber) && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, lockId).SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
        if (leased == due.Count)
        {
            return due;
        }

        // Read back through the primary key: LockId has no index, and the table keeps sent rows for days.
        var ours = await outbox.AsNoTracking()
            .Where(m => dueSequence.Contains(m.SequenceNumber) && m.LockId == lockId)
            .Select(m => m.SequenceNumber)
            .ToListAsync(cancellationToken);
        return [.. due.Where(m => ours.Contains(m.SequenceNumber))];
    }

    /// <returns>null when published, otherwise the reason it was not.</returns>
    private async Task<string?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = StartActivity(row);
        try
        {
            var type = MessageTypeName.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Body, type, MessageJson.Options)
                ?? throw new InvalidOperationException("The outbox body is empty.");
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, cancellationToken);
            return null;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            // Exception type and message only: a message body never goes into a log or the row.
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            return reason.Length > 1000 ? reason[..1000] : reason;
        }
    }

    private static Activity? StartActivity(OutboxMessage row)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        var activity = ActivitySource.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("ballaura.outbox.sequence", row.SequenceNumber);
        return activity;
    }

    private async Task CleanUpWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + _options.CleanupInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sentBefore = now - _options.SentRetention;
        var consumedBefore = now - _options.InboxRetention;
        await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Inbox.InboxState>().Where(i => i.ConsumedAt < consumedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: {Failed} of {Total} messages not published, will retry: {Reason}")]
    private partial void LogPublishFailed(int failed, int total, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed ({Failures} in a row), will retry")]
    private partial void LogDispatchFailed(Exception exception, int failures);
}
