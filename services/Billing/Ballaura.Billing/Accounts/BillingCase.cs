using Ballaura.Contracts;

namespace Ballaura.Billing.Accounts;

/// <summary>A case whose visits will be billed (R16–R22). For now: that the case is known here.</summary>
public sealed class BillingCase
{
    public Guid CaseId { get; private set; }
    public CoverageType CoverageType { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The trace the case arrived on: ops follow one case across every service with it.</summary>
    public string? TraceId { get; private set; }

    private BillingCase()
    {
    }

    public static BillingCase Record(Guid caseId, CoverageType coverageType, DateTimeOffset openedAt, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        CoverageType = coverageType,
        OpenedAt = openedAt,
        RecordedAt = now,
        TraceId = traceId,
    };
}
