using Ballaura.Contracts;

namespace Ballaura.Billing.Accounts;

/// <summary>A case whose visits are billed (R16–R22): its coverage type decides the claim's shape.</summary>
public sealed class BillingCase
{
    public Guid CaseId { get; private set; }
    public Guid PatientId { get; private set; }
    public CoverageType CoverageType { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The trace the case arrived on: ops follow one case across every service with it.</summary>
    public string? TraceId { get; private set; }

    /// <summary>The plan's copay per visit from the latest verification (R16), if it states one.</summary>
    public decimal? Copay { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>A verification older than the one recorded changes nothing: events may arrive out of order.</summary>
    public void Verified(decimal? copay, DateTimeOffset verifiedAt)
    {
        if (VerifiedAt is { } known && known >= verifiedAt)
        {
            return;
        }

        Copay = copay;
        VerifiedAt = verifiedAt;
    }

    private BillingCase()
    {
    }

    public static BillingCase Record(Guid caseId, Guid patientId, CoverageType coverageType, DateTimeOffset openedAt, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        PatientId = patientId,
        CoverageType = coverageType,
        OpenedAt = openedAt,
        RecordedAt = now,
        TraceId = traceId,
    };
}
