namespace Ballaura.Billing.Ledger;

/// <summary>
/// One side of a ledger transaction: a debit (positive) or credit (negative) to an account, for a patient and maybe a
/// case or claim. Never changed after it is written: a correction is a new transaction.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; private set; }
    public Guid TransactionId { get; private set; }
    public string Account { get; private set; } = "";
    public Guid PatientId { get; private set; }
    public Guid? CaseId { get; private set; }
    public Guid? ClaimId { get; private set; }

    /// <summary>Debit positive, credit negative; exact to the cent.</summary>
    public decimal Amount { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    private LedgerEntry()
    {
    }

    internal static LedgerEntry Of(Guid transactionId, string account, Guid patientId, Guid? caseId, Guid? claimId, decimal amount, DateTimeOffset at) => new()
    {
        TransactionId = transactionId,
        Account = account,
        PatientId = patientId,
        CaseId = caseId,
        ClaimId = claimId,
        Amount = amount,
        PostedAt = at,
    };
}
