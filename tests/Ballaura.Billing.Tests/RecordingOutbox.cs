using System.Collections.Concurrent;
using Ballaura.Messaging.Outbox;

namespace Ballaura.Billing.Tests;

/// <summary>What the code under test told other services, kept for the assertions (the real outbox writes it in the same transaction).</summary>
internal sealed class RecordingOutbox : IOutbox
{
    public ConcurrentQueue<object> Published { get; } = new();

    public void Publish<TMessage>(TMessage message, DateTimeOffset? notBefore = null) where TMessage : class => Published.Enqueue(message);
}
