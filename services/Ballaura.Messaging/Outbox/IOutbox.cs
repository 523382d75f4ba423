namespace Ballaura.Messaging.Outbox;

/// <summary>
/// Adds integration events to the service's unit of work. Nothing is written until the caller's
/// <c>SaveChangesAsync</c> commits the state change, and then both are written together.
/// </summary>
public interface IOutbox
{
    /// <param name="notBefore">Publish no earlier than this (a durable schedule that survives restarts).</param>
    void Publish<TMessage>(TMessage message, DateTimeOffset? notBefore = null) where TMessage : class;
}
