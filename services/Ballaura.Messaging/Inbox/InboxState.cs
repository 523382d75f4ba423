namespace Ballaura.Messaging.Inbox;

/// <summary>
/// Proof that one consumer handled one message. (MessageId, Consumer) is the primary key, so the
/// database itself refuses a second handling, even by two replicas at the same moment.
/// </summary>
public sealed class InboxState
{
    public Guid MessageId { get; private set; }
    /// <summary>The receive endpoint (queue) name: one consumer per endpoint in Ballaura.</summary>
    public string Consumer { get; private set; } = "";
    public DateTime ConsumedAt { get; private set; }

    private InboxState()
    {
    }

    internal InboxState(Guid messageId, string consumer, DateTime consumedAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        ConsumedAt = consumedAt;
    }
}
