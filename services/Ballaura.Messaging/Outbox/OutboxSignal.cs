namespace Ballaura.Messaging.Outbox;

/// <summary>Wakes the dispatcher as soon as a transaction that wrote outbox rows has committed.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
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
