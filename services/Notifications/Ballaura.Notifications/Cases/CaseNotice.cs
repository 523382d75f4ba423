using Ballaura.Contracts;

namespace Ballaura.Notifications.Cases;

/// <summary>A case the patient will hear about (what is missing, what comes next). For now: that the case is known here.</summary>
public sealed class CaseNotice
{
    public Guid CaseId { get; private set; }
    public CoverageType CoverageType { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The trace the case arrived on: ops follow one case across every service with it.</summary>
    public string? TraceId { get; private set; }

    private CaseNotice()
    {
    }

    public static CaseNotice Record(Guid caseId, CoverageType coverageType, DateTimeOffset openedAt, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        CoverageType = coverageType,
        OpenedAt = openedAt,
        RecordedAt = now,
        TraceId = traceId,
    };
}
