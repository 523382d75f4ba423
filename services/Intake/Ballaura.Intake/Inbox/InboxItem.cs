using Ballaura.Intake.Documents;

namespace Ballaura.Intake.Inbox;

/// <summary>
/// A fax or e-mail attachment that reached the clinic before anyone knew its case (R5). Front desk attaches it to a
/// case; the stored file is then the case's document (no copy).
/// </summary>
public sealed class InboxItem
{
    public Guid Id { get; private set; }
    public DocumentChannel Channel { get; private set; }

    /// <summary>The sending fax number or e-mail address, as the fax server or mailbox gave it.</summary>
    public string? Sender { get; private set; }

    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public string ReceivedBy { get; private set; } = "";
    public Guid? AttachedCaseId { get; private set; }
    public Guid? AttachedDocumentId { get; private set; }
    public DateTimeOffset? AttachedAt { get; private set; }

    private InboxItem()
    {
    }

    public static InboxItem Received(Guid id, DocumentChannel channel, string? sender, IncomingFile file, string storageKey, string receivedBy, DateTimeOffset now) => new()
    {
        Id = id,
        Channel = channel,
        Sender = sender,
        ContentType = file.ContentType,
        SizeBytes = file.Size,
        Sha256 = file.Sha256,
        StorageKey = storageKey,
        ReceivedAt = now,
        ReceivedBy = receivedBy,
    };

    public void AttachTo(Guid caseId, Guid documentId, DateTimeOffset now)
    {
        AttachedCaseId = caseId;
        AttachedDocumentId = documentId;
        AttachedAt = now;
    }
}
