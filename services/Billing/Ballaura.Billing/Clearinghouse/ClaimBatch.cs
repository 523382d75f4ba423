namespace Ballaura.Billing.Clearinghouse;

public enum BatchStatus
{
    /// <summary>Written, not yet answered by a 999: sent (again) until it is.</summary>
    Pending = 1,
    Accepted = 2,
    PartlyAccepted = 3,
    Rejected = 4,
}

/// <summary>
/// One 837P file to the clearinghouse, kept as it was written: a resend after a timeout or a crash is byte for byte
/// the same interchange (same ISA13), which the clearinghouse recognises instead of taking the claims twice.
/// </summary>
public sealed class ClaimBatch
{
    public Guid Id { get; private set; }

    /// <summary>ISA13/GS06: unique among the clinic's files (a unique index).</summary>
    public int ControlNumber { get; private set; }

    public string Content { get; private set; } = "";
    public int ClaimCount { get; private set; }
    public BatchStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>The 999 as received.</summary>
    public string? Acknowledgment { get; private set; }

    private ClaimBatch()
    {
    }

    public static ClaimBatch Write(int controlNumber, string content, int claimCount, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ControlNumber = controlNumber,
        Content = content,
        ClaimCount = claimCount,
        Status = BatchStatus.Pending,
        CreatedAt = now,
    };

    public void Failed(string error, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastError = error;
    }

    public void Acknowledged(BatchStatus status, string acknowledgment, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastError = null;
        Status = status;
        Acknowledgment = acknowledgment;
        AcknowledgedAt = at;
    }
}
