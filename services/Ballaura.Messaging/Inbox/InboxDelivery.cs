using Microsoft.EntityFrameworkCore;

namespace Ballaura.Messaging.Inbox;

/// <summary>
/// One delivery waiting for its turn in an endpoint's inbox group: the message's id, its own scope's
/// DbContext, and the rest of its consume pipe (the consumer). Completed once its group has committed.
/// </summary>
internal sealed class InboxDelivery(Guid messageId, string messageType, DbContext db, Func<Task> handle, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // The consume pipe's ambient state (its trace's Activity.Current, log scopes), captured where the delivery arrived.
    private readonly ExecutionContext? _context = ExecutionContext.Capture();

    public Guid MessageId { get; } = messageId;
    public string MessageType { get; } = messageType;
    public DbContext Db { get; } = db;
    public Func<Task> Handle { get; } = handle;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Completes when the delivery's handling is committed or skipped, fails with its own exception otherwise.</summary>
    public Task Outcome => _outcome.Task;

    /// <summary>
    /// Runs <paramref name="work"/> in the delivery's own execution context rather than the group's: the consumer's spans,
    /// logs and the trace id it records belong to its message, whichever group it was committed in.
    /// </summary>
    public Task<T> InOwnContext<T>(Func<Task<T>> work)
    {
        if (_context is null)
        {
            return work();
        }

        Task<T>? started = null;
        ExecutionContext.Run(_context, _ => started = work(), null);
        return started!;
    }

    public void Done() => _outcome.TrySetResult();

    public void Failed(Exception exception) => _outcome.TrySetException(exception);
}
