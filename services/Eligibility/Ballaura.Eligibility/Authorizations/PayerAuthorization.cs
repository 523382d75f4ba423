namespace Ballaura.Eligibility.Authorizations;

/// <summary>
/// An authorization the payer gave for a case: a Kaiser HMO referral/authorization, or L&amp;I's for visits after the
/// 6th. Its number goes on the claim (REF*G1); its visits and dates bound what Scheduling may book (R13).
/// </summary>
public sealed class PayerAuthorization
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Number { get; private set; } = "";
    public int VisitsAllowed { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidThrough { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The staff account that recorded it (its subject id).</summary>
    public string RecordedBy { get; private set; } = "";

    private PayerAuthorization()
    {
    }

    public static PayerAuthorization Record(Guid caseId, string number, int visitsAllowed, DateOnly validFrom, DateOnly? validThrough, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        Number = number,
        VisitsAllowed = visitsAllowed,
        ValidFrom = validFrom,
        ValidThrough = validThrough,
        RecordedAt = now,
        RecordedBy = recordedBy,
    };
}
