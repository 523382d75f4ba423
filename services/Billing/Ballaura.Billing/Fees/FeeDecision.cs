namespace Ballaura.Billing.Fees;

/// <summary>
/// What Billing decided about a late-cancellation or no-show fee (R10, R22): charged to the patient's account, or
/// not, and why. One per booking (its key), so a redelivered event never charges twice.
/// </summary>
public sealed class FeeDecision
{
    public Guid BookingId { get; private set; }
    public Guid PatientId { get; private set; }
    public Guid? CaseId { get; private set; }
    public string Kind { get; private set; } = "";
    public decimal Amount { get; private set; }
    public bool Charged { get; private set; }
    public string Rule { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }

    private FeeDecision()
    {
    }

    public static FeeDecision Of(Guid bookingId, Guid patientId, Guid? caseId, string kind, decimal amount, bool charged, string rule, string explanation, DateTimeOffset at) =>
        new()
        {
            BookingId = bookingId,
            PatientId = patientId,
            CaseId = caseId,
            Kind = kind,
            Amount = amount,
            Charged = charged,
            Rule = rule,
            Explanation = explanation,
            DecidedAt = at,
        };
}
