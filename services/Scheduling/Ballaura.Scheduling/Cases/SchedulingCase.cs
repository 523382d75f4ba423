using Ballaura.Contracts;

namespace Ballaura.Scheduling.Cases;

/// <summary>A case that will be scheduled by phone once verified and signed (R9–R13). For now: that the case is known here.</summary>
public sealed class SchedulingCase
{
    public Guid CaseId { get; private set; }
    public CoverageType CoverageType { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The trace the case arrived on: ops follow one case across every service with it.</summary>
    public string? TraceId { get; private set; }

    private SchedulingCase()
    {
    }

    public static SchedulingCase Record(Guid caseId, CoverageType coverageType, DateTimeOffset openedAt, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        CoverageType = coverageType,
        OpenedAt = openedAt,
        RecordedAt = now,
        TraceId = traceId,
    };
}
