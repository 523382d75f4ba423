using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as a transaction that wrote outbox rows has committed, and only then:
/// a consumer's or request's commit without events costs the dispatcher nothing.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = new();

    /// <summary>Called when <paramref name="context"/> is given an outbox row: its next commit wakes the dispatcher.</summary>
    public void ExpectCommit(DbContext context) => _awaitingCommit.AddOrUpdate(context, context);

    /// <summary>Called after <paramref name="context"/> committed.</summary>
    public void Committed(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            Notify();
        }
    }

    private void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <returns>true when woken by a commit, false when the timeout elapsed.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
