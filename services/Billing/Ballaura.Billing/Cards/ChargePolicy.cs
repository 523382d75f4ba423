using Ballaura.Contracts;

namespace Ballaura.Billing.Cards;

public enum BalanceKind
{
    /// <summary>A late-cancellation or no-show fee (R10; R22 already applied when it was charged to the account).</summary>
    Fee = 1,

    /// <summary>Non-insurance services performed (add-ons, self-pay visits), not tied to any claim.</summary>
    SelfPay = 2,

    /// <summary>What a remittance assigned to the patient (PR) on a claim: deductible, co-insurance, copay.</summary>
    PatientShare = 3,

    /// <summary>Services on a claim the plan does not cover (PR-96, PR-204).</summary>
    NonCovered = 4,
}

/// <summary>A balance on the patient's account that the card might pay, and what the rules need to know about it.</summary>
public sealed record ChargeCandidate(
    string Basis,
    Guid PatientId,
    BalanceKind Kind,
    decimal Amount,
    DateTimeOffset OwedSince,
    CoverageType? Coverage,
    int RebillCount,
    DateTimeOffset? FirstSubmittedAt);

public sealed record ChargeDecision(bool Due, string Rule, string Explanation);

/// <summary>
/// The payment policy the patient signed (R10, R19) with R22: fees and self-pay services are charged when due; a
/// patient's share from a remittance only when it is more than 30 days old, and non-covered services on a claim, only
/// once the claim was rebilled at least once or first submitted more than 90 days ago; never an injured worker's share
/// of an L&amp;I claim.
/// </summary>
public static class ChargePolicy
{
    public static readonly TimeSpan BalanceAge = TimeSpan.FromDays(30);
    public static readonly TimeSpan ClaimAge = TimeSpan.FromDays(90);

    public static ChargeDecision Decide(ChargeCandidate candidate, DateTimeOffset now)
    {
        switch (candidate.Kind)
        {
            case BalanceKind.Fee:
                return new ChargeDecision(true, "R10", "A late-cancellation or no-show fee under the payment policy.");
            case BalanceKind.SelfPay:
                return new ChargeDecision(true, "R19", "Non-insurance services are charged automatically.");
        }

        if (candidate.Coverage == CoverageType.WorkersCompensation)
        {
            return new ChargeDecision(false, "R22", "An injured worker is never billed for an accepted L&I claim.");
        }

        if (candidate.Kind == BalanceKind.PatientShare && now - candidate.OwedSince <= BalanceAge)
        {
            return new ChargeDecision(false, "R19",
                $"The patient's share is charged only when more than 30 days old; it became the patient's on {candidate.OwedSince:yyyy-MM-dd}.");
        }

        if (candidate.RebillCount == 0 && (candidate.FirstSubmittedAt is not { } submitted || now - submitted <= ClaimAge))
        {
            return new ChargeDecision(false, "R19", "Nothing is charged before the claim was rebilled at least once or is more than 90 days old.");
        }

        var what = candidate.Kind == BalanceKind.NonCovered ? "Services the plan does not cover" : "The patient's share, more than 30 days old,";
        return new ChargeDecision(true, "R19", candidate.RebillCount > 0
            ? $"{what} after the claim was rebilled."
            : $"{what} on a claim more than 90 days old.");
    }
}
