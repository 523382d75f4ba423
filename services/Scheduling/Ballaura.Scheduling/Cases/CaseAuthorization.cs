namespace Ballaura.Scheduling.Cases;

/// <summary>A payer's authorization of visits on a case (Kaiser HMO; L&amp;I visits after the 6th): booked within its visits and dates (R13).</summary>
public sealed class CaseAuthorization
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Number { get; private set; } = "";
    public int VisitsAllowed { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidThrough { get; private set; }

    private CaseAuthorization()
    {
    }

    public static CaseAuthorization Of(Guid id, Guid caseId, string number, int visitsAllowed, DateOnly validFrom, DateOnly? validThrough) => new()
    {
        Id = id,
        CaseId = caseId,
        Number = number,
        VisitsAllowed = visitsAllowed,
        ValidFrom = validFrom,
        ValidThrough = validThrough,
    };

    public bool ValidOn(DateOnly date) => date >= ValidFrom && (ValidThrough is not { } through || date <= through);
}
