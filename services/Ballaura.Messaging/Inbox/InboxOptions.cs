namespace Ballaura.Messaging.Inbox;

/// <summary>Bound from "Messaging:Inbox".</summary>
public sealed class InboxOptions
{
    /// <summary>
    /// At most this many deliveries to one endpoint share one SQLite transaction (see <see cref="InboxGroup"/>);
    /// a larger group holds the database's single writer lock longer while requests wait for it.
    /// </summary>
    public int MaxGroupSize { get; set; } = 64;
}
