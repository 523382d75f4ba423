namespace Ballaura.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state change
/// that caused it. Times are UTC <see cref="DateTime"/>s because SQLite cannot compare or order
/// <see cref="DateTimeOffset"/> columns.
/// </summary>
public sealed class OutboxMessage
{
    public long SequenceNumber { get; private set; }
    public Guid MessageId { get; private set; }
    /// <summary>"Namespace.Type, Assembly": resolvable without the assembly version.</summary>
    public string MessageType { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>W3C traceparent of the request or consumer that wrote the message, so one trace spans the bus hop.</summary>
    public string? TraceParent { get; private set; }
    public DateTime CreatedAt { get; private set; }
    /// <summary>Not published before this time: the outbox doubles as our durable scheduler.</summary>
    public DateTime? NotBefore { get; private set; }
    public DateTime? SentAt { get; private set; }
    /// <summary>A dispatcher's lease on the row, so replicas sharing one database never publish it at once.</summary>
    public Guid? LockId { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage()
    {
    }

    internal OutboxMessage(Guid messageId, string messageType, string body, string? traceParent, DateTime createdAt, DateTime? notBefore)
    {
        MessageId = messageId;
        MessageType = messageType;
        Body = body;
        TraceParent = traceParent;
        CreatedAt = createdAt;
        NotBefore = notBefore;
    }
}
