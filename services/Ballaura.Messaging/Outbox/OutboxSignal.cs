using Ballaura.Messaging.Signals;

namespace Ballaura.Messaging.Outbox;

/// <summary>Wakes the outbox dispatcher when a transaction that wrote outbox rows has committed.</summary>
internal sealed class OutboxSignal : CommitSignal;
