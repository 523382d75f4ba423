namespace Ballaura.Billing.Ledger;

/// <summary>
/// A balanced set of ledger entries that explains itself: what happened (a visit, a claim, a remittance, a fee),
/// the rule that allowed it, and the one source it came from. The source key is unique in the database, so the same
/// event posted twice (a redelivery, a retry, a file uploaded again) is refused, never doubled.
/// </summary>
public sealed class LedgerTransaction
{
    private readonly List<LedgerEntry> _entries = [];

    public Guid Id { get; private set; }

    /// <summary>e.g. "visit:{bookingId}:services", "fee:{bookingId}", "remittance:{trn}:{claim}".</summary>
    public string SourceKey { get; private set; } = "";

    public Guid PatientId { get; private set; }
    public Guid? CaseId { get; private set; }
    public string Explanation { get; private set; } = "";
    public string Rule { get; private set; } = "";
    public DateTimeOffset PostedAt { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    private LedgerTransaction()
    {
    }

    /// <summary>Builds a transaction from its lines; refuses one whose debits and credits do not balance to the cent.</summary>
    public static LedgerTransaction Post(
        string sourceKey, Guid patientId, Guid? caseId, string explanation, string rule, DateTimeOffset at,
        params (string Account, Guid? ClaimId, decimal Amount)[] lines)
    {
        if (lines.Length < 2 || lines.Sum(l => l.Amount) != 0m)
        {
            throw new InvalidOperationException($"A ledger transaction must balance: {sourceKey} sums to {lines.Sum(l => l.Amount)}.");
        }

        if (lines.Any(l => decimal.Round(l.Amount, 2) != l.Amount))
        {
            throw new InvalidOperationException($"Ledger amounts are whole cents: {sourceKey}.");
        }

        var transaction = new LedgerTransaction
        {
            Id = Guid.CreateVersion7(),
            SourceKey = sourceKey,
            PatientId = patientId,
            CaseId = caseId,
            Explanation = explanation,
            Rule = rule,
            PostedAt = at,
        };
        transaction._entries.AddRange(lines.Where(l => l.Amount != 0m)
            .Select(l => LedgerEntry.Of(transaction.Id, l.Account, patientId, caseId, l.ClaimId, l.Amount, at)));
        return transaction;
    }
}
