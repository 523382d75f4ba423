using Microsoft.Extensions.Logging;

namespace Ballaura.Messaging.Inbox;

/// <summary>What both inbox paths (one transaction per delivery, and SQLite's group commit) log alike.</summary>
internal static partial class InboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {MessageType} {MessageId} already handled by {Consumer}; skipped")]
    public static partial void DuplicateSkipped(ILogger logger, string messageType, Guid messageId, string consumer);
}
