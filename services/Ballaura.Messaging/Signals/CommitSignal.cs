using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Signals;

/// <summary>
/// Wakes a background worker as soon as a transaction that wrote its kind of work has committed, and only then: a
/// commit without such work costs the worker nothing, and the worker never wakes to find the row still uncommitted.
/// The outbox dispatcher uses one; a service's own queue (e.g. Eligibility's verifications) can have another.
/// </summary>
public class CommitSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = new();

    /// <summary>Called when <paramref name="context"/> is given work: its next commit wakes the worker.</summary>
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
