namespace Ballaura.Billing.Cards;

public enum CardChargeStatus
{
    Approved = 1,
    Declined = 2,
    Failed = 3,
}

/// <summary>
/// One attempt to charge a patient's card for one balance (its basis: a fee, a self-pay visit, a remittance's patient
/// share), with the rule that allowed it. The attempt is unique per balance in the database, and the key sent to the
/// processor is the balance's, so neither a retry nor two sweeps at once can charge the same balance twice.
/// </summary>
public sealed class CardCharge
{
    public Guid Id { get; private set; }
    public Guid PatientId { get; private set; }
    public string Basis { get; private set; } = "";
    public int Attempt { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public decimal Amount { get; private set; }
    public string Rule { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public CardChargeStatus Status { get; private set; }
    public string? ProcessorReference { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTimeOffset At { get; private set; }

    private CardCharge()
    {
    }

    public static CardCharge Attempted(
        Guid patientId, string basis, int attempt, string processorKey, decimal amount, string rule, string explanation, CardChargeResult result, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = patientId,
        Basis = basis,
        Attempt = attempt,
        IdempotencyKey = processorKey,
        Amount = amount,
        Rule = rule,
        Explanation = explanation,
        Status = result.Status,
        ProcessorReference = result.Reference,
        FailureReason = result.Reason,
        At = at,
    };

    /// <summary>The processor's idempotency key for a balance; a new series (after a new card, by hand) would take the next number.</summary>
    public static string KeyOf(string basis, int series) => $"{basis}#{series}";
}
