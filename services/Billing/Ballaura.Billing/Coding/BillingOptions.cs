namespace Ballaura.Billing.Coding;

/// <summary>The clinic's billing settings ("Billing" section).</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    public string ClinicTimeZone { get; set; } = "America/Los_Angeles";

    /// <summary>The clinic's charge per unit of each CPT code (what is billed; payers allow their own amounts).</summary>
    public Dictionary<string, decimal> FeeSchedule { get; set; } = new(StringComparer.Ordinal)
    {
        ["97124"] = 45.00m,
        ["97140"] = 50.00m,
        ["97112"] = 52.00m,
        ["97010"] = 20.00m,
    };

    /// <summary>Payers (by payer directory id) whose timed units are counted code by code; all others use the total time.</summary>
    public List<string> PerCodeUnitPayers { get; set; } = [];

    /// <summary>R10: the late-cancellation and no-show fees (the seed names no amount; the clinic sets it).</summary>
    public decimal LateCancellationFee { get; set; } = 40.00m;

    public decimal NoShowFee { get; set; } = 40.00m;

    /// <summary>
    /// R22 (WAC 296-20-010): an injured worker may be charged a no-show fee only where the same policy applies to every
    /// patient and was disclosed. True when the clinic's signed payment policy says so.
    /// </summary>
    public bool FeePolicyAppliesToEveryPatient { get; set; } = true;

    /// <summary>
    /// What each payer (by clearinghouse payer id) allows of the billed charge under the clinic's contract: a write-off
    /// larger than the rest is flagged "write-off above contract". Payers not listed are not checked.
    /// </summary>
    public Dictionary<string, decimal> ContractRates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["00430"] = 0.80m,
        ["60054"] = 0.80m,
        ["91051"] = 0.80m,
        ["91052"] = 0.80m,
        ["916001069"] = 0.90m,
    };

    /// <summary>A claim with no remittance this many days after it was first submitted is "payment missing".</summary>
    public int PaymentExpectedWithinDays { get; set; } = 45;
}
