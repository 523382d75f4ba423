using Ballaura.X12.Remittances;

namespace Ballaura.Billing.Remittances;

/// <summary>Claim adjustment reason codes (CARC) a massage clinic meets most, in words staff can act on.</summary>
public static class ReasonCodes
{
    /// <summary>Reasons that make a patient-responsibility amount a non-covered service (R19 charges it without the 30-day wait).</summary>
    public static readonly IReadOnlySet<string> NonCovered = new HashSet<string>(StringComparer.Ordinal) { "96", "204" };

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["1"] = "deductible",
        ["2"] = "co-insurance",
        ["3"] = "copay",
        ["16"] = "the claim lacks information needed to adjudicate it — correct and rebill",
        ["18"] = "a duplicate of a claim already received",
        ["27"] = "the service was after coverage ended",
        ["29"] = "the time limit for filing has expired",
        ["45"] = "the charge exceeds the fee schedule or contract (write-off)",
        ["50"] = "not deemed medically necessary by the payer",
        ["96"] = "a non-covered charge",
        ["97"] = "included in the payment for another service (bundled)",
        ["119"] = "the benefit maximum for the period has been reached",
        ["197"] = "precertification or authorization was absent",
        ["204"] = "not covered under the patient's current benefit plan",
        ["242"] = "the provider is not in the payer's network",
    };

    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["CO"] = "contractual",
        ["PR"] = "patient responsibility",
        ["OA"] = "other adjustment",
        ["PI"] = "payer-initiated reduction",
        ["CR"] = "correction or reversal",
    };

    /// <summary>A patient-responsibility reason as a statement names it: "deductible", "co-insurance", "copay", else "PR-{code}".</summary>
    public static string PatientShareName(string reason) => reason is "1" or "2" or "3" ? Meanings[reason] : "PR-" + reason;

    public static string Explain(Adjustment adjustment) =>
        $"{adjustment.Group}-{adjustment.Reason} {adjustment.Amount:0.00} ({(Groups.TryGetValue(adjustment.Group, out var group) ? group : adjustment.Group)}: "
        + $"{(Meanings.TryGetValue(adjustment.Reason, out var meaning) ? meaning : "reason code " + adjustment.Reason)})";
}
