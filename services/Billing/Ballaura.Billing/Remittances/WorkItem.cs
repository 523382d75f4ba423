namespace Ballaura.Billing.Remittances;

/// <summary>
/// Something in a remittance a person must look at — a denial, a zero payment, a claim or line we cannot match — with
/// the payer's reason codes in words. Nothing of the kind is posted silently.
/// </summary>
public sealed class WorkItem
{
    public Guid Id { get; private set; }
    public string Kind { get; private set; } = "";
    public string ControlNumber { get; private set; } = "";
    public Guid? ClaimId { get; private set; }
    public string TraceNumber { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public bool Resolved { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private WorkItem()
    {
    }

    public static WorkItem Open(string kind, string controlNumber, Guid? claimId, string trace, string explanation, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        ControlNumber = controlNumber,
        ClaimId = claimId,
        TraceNumber = trace,
        Explanation = explanation,
        CreatedAt = now,
    };
}
