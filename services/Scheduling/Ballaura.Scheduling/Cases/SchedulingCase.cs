using Ballaura.Contracts;

namespace Ballaura.Scheduling.Cases;

/// <summary>
/// What Scheduling knows of an insurance case, built from Intake's and Eligibility's events (which may arrive in any
/// order: each fact keeps the time it was true at, and the later one wins). It decides nothing by itself; the
/// booking rules read it (R13).
/// </summary>
public sealed class SchedulingCase
{
    private readonly List<CaseAuthorization> _authorizations = [];

    public Guid CaseId { get; private set; }
    public Guid PatientId { get; private set; }
    public CoverageType? CoverageType { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The trace the case arrived on: ops follow one case across every service with it.</summary>
    public string? TraceId { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }
    public bool AuthorizationRequired { get; private set; }

    /// <summary>Visits left in the plan year as the payer stated them at <see cref="VerifiedAt"/>.</summary>
    public int? PayerVisitsRemaining { get; private set; }

    /// <summary>When the payer last said the case is not covered (not verified, or lapsed since).</summary>
    public DateTimeOffset? NotCoveredAt { get; private set; }
    public string? NotCoveredReason { get; private set; }

    public DateTimeOffset? PaperworkSignedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBecause { get; private set; }

    public Guid? PrescriptionId { get; private set; }
    public int VisitsPrescribed { get; private set; }
    public int VisitsPerWeek { get; private set; }
    public DateOnly? PrescribedOn { get; private set; }
    public DateOnly? PrescriptionExpiresOn { get; private set; }
    public DateTimeOffset? PrescriptionRecordedAt { get; private set; }

    public IReadOnlyList<CaseAuthorization> Authorizations => _authorizations;

    /// <summary>Moves with every insurance booking on the case: two bookings decided at once cannot both count the same free visit.</summary>
    public int Version { get; private set; }

    private SchedulingCase()
    {
    }

    public static SchedulingCase Known(Guid caseId, Guid patientId, DateTimeOffset now, string? traceId) => new()
    {
        CaseId = caseId,
        PatientId = patientId,
        RecordedAt = now,
        TraceId = traceId,
    };

    public void Opened(CoverageType coverageType, DateTimeOffset openedAt)
    {
        CoverageType = coverageType;
        OpenedAt = openedAt;
    }

    public void Verified(DateTimeOffset at, bool authorizationRequired, int? visitsRemaining)
    {
        if (VerifiedAt is { } known && known >= at)
        {
            return;
        }

        VerifiedAt = at;
        AuthorizationRequired = authorizationRequired;
        PayerVisitsRemaining = visitsRemaining;
    }

    public void NotCovered(DateTimeOffset at, string reason)
    {
        if (NotCoveredAt is { } known && known >= at)
        {
            return;
        }

        NotCoveredAt = at;
        NotCoveredReason = reason;
    }

    public void PaperworkSigned(DateTimeOffset at) => PaperworkSignedAt ??= at;

    public void Close(DateTimeOffset at, string because)
    {
        ClosedAt ??= at;
        ClosedBecause ??= because;
    }

    /// <summary>The latest prescription (by when Intake recorded it) is the one visits are booked against.</summary>
    public void Prescribed(Guid prescriptionId, int visits, int perWeek, DateOnly prescribedOn, DateOnly? expiresOn, DateTimeOffset recordedAt)
    {
        if (PrescriptionRecordedAt is { } known && known >= recordedAt)
        {
            return;
        }

        PrescriptionId = prescriptionId;
        VisitsPrescribed = visits;
        VisitsPerWeek = perWeek;
        PrescribedOn = prescribedOn;
        PrescriptionExpiresOn = expiresOn;
        PrescriptionRecordedAt = recordedAt;
    }

    public void Authorized(CaseAuthorization authorization)
    {
        if (_authorizations.All(a => a.Id != authorization.Id))
        {
            _authorizations.Add(authorization);
        }
    }

    public bool IsCovered => VerifiedAt is { } verified && (NotCoveredAt is not { } notCovered || verified > notCovered);

    public bool IsClosed => ClosedAt is not null;

    public void BookingChanged() => Version++;
}
