using Ballaura.Billing.Coding;
using Ballaura.Contracts;

namespace Ballaura.Billing.Fees;

/// <summary>R10 with R22: whether a late-cancellation or no-show fee is put on the patient's account, and why.</summary>
public static class FeePolicy
{
    public static (decimal Amount, bool Charged, string Rule, string Explanation) Decide(string kind, CoverageType? coverage, BillingOptions options)
    {
        var amount = kind == FeeKinds.NoShow ? options.NoShowFee : options.LateCancellationFee;
        var what = kind == FeeKinds.NoShow ? "Missed visit" : "Cancelled less than 24 hours before the visit";
        if (coverage == CoverageType.WorkersCompensation && !options.FeePolicyAppliesToEveryPatient)
        {
            return (amount, false, "R22",
                $"{what}: not charged. An injured worker (L&I) may be charged only under a policy that applies to every patient and was disclosed (WAC 296-20-010), which the clinic's settings say is not the case.");
        }

        return amount <= 0m
            ? (0m, false, "R10", $"{what}: the clinic charges no fee.")
            : (amount, true, coverage == CoverageType.WorkersCompensation ? "R10, R22" : "R10",
                $"{what}: the clinic's fee under the payment policy the patient signed{(coverage == CoverageType.WorkersCompensation ? ", which applies to every patient (WAC 296-20-010)" : "")}.");
    }
}

public static class FeeKinds
{
    public const string LateCancellation = "late-cancellation";
    public const string NoShow = "no-show";
}
