namespace Ballaura.Intake.Documents;

public enum DocumentKind
{
    CardFront = 1,
    CardBack = 2,
    InjuryReport = 3,
    Prescription = 4,
    Other = 5,
}

/// <summary>How a document reached the clinic (R5).</summary>
public enum DocumentChannel
{
    Upload = 1,
    Fax = 2,
    Email = 3,
}

/// <summary>
/// A document on a case: its bytes live in the <see cref="IDocumentStore"/> under <see cref="StorageKey"/>, checked by
/// <see cref="Sha256"/>; its type is what its first bytes say, not what the client claimed.
/// </summary>
public sealed class CaseDocument
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DocumentKind Kind { get; private set; }
    public DocumentChannel Channel { get; private set; }
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public string ReceivedBy { get; private set; } = "";

    /// <summary>When staff looked at it (legible, the right document); until then it is on the review queue.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    private CaseDocument()
    {
    }

    public void MarkReviewed(string reviewer, DateTimeOffset now)
    {
        ReviewedAt ??= now;
        ReviewedBy ??= reviewer;
    }

    public static CaseDocument Received(
        Guid id, Guid caseId, DocumentKind kind, DocumentChannel channel, string contentType, long size, string sha256, string storageKey,
        string receivedBy, DateTimeOffset now) => new()
    {
        Id = id,
        CaseId = caseId,
        Kind = kind,
        Channel = channel,
        ContentType = contentType,
        SizeBytes = size,
        Sha256 = sha256,
        StorageKey = storageKey,
        ReceivedAt = now,
        ReceivedBy = receivedBy,
    };
}
