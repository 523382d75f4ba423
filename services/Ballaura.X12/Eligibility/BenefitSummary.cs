namespace Ballaura.X12.Eligibility;

public enum CoverageStatus
{
    Active,
    Inactive,

    /// <summary>The plan is active but does not cover the service asked about (EB01 = I).</summary>
    NotCovered,
}

/// <summary>
/// The numbers that decide what a patient owes, read from a 271 for one service type: massage (BE) when the payer
/// answered for it, else the health benefit plan (30) — and then <see cref="FellBackToHealthPlan"/> says so, because
/// massage benefits were not confirmed. In-network and individual lines win over out-of-network and family ones.
/// </summary>
public sealed record BenefitSummary(
    CoverageStatus Status,
    string AnsweredServiceType,
    bool FellBackToHealthPlan,
    string? PlanName,
    string? GroupNumber,
    bool? InNetwork,
    decimal? DeductibleTotal,
    decimal? DeductibleRemaining,
    decimal? CoinsurancePercent,
    decimal? Copay,
    decimal? OutOfPocketTotal,
    decimal? OutOfPocketRemaining,
    int? VisitLimit,
    int? VisitsRemaining,
    bool AuthorizationRequired,
    DateOnly? PlanBegin,
    IReadOnlyList<string> Messages)
{
    public int? VisitsUsed => VisitLimit is { } limit && VisitsRemaining is { } remaining ? Math.Max(0, limit - remaining) : null;

    /// <summary>Null when the answer holds no benefit line at all (a rejection, or an empty 271).</summary>
    public static BenefitSummary? From(EligibilityResponse response, string serviceType = ServiceTypeCodes.MassageTherapy)
    {
        var asked = response.Benefits.Where(b => b.Covers(serviceType)).ToList();
        var fellBack = asked.Count == 0;
        var lines = fellBack ? response.Benefits.Where(b => b.Covers(ServiceTypeCodes.HealthBenefitPlan) || b.ServiceTypes.Count == 0).ToList() : asked;
        if (lines.Count == 0)
        {
            return null;
        }

        // A plan-level status line (EB*1 or EB*6 for 30) decides activity even when the massage lines only carry amounts.
        var planStatus = response.Benefits.FirstOrDefault(b => b.Code is "1" or "6" && (b.Covers(ServiceTypeCodes.HealthBenefitPlan) || b.ServiceTypes.Count == 0));
        var status = lines.Any(b => b.Code == "6") || (planStatus?.Code == "6" && !lines.Any(b => b.Code == "1"))
            ? CoverageStatus.Inactive
            // A non-covered line names the service as excluded, unless an active line names it as covered (EB*I for a
            // variant such as hot stone, next to EB*1 for BE, excludes only the variant).
            : !fellBack && lines.Any(b => b.Code == "I") && !lines.Any(b => b.Code == "1") ? CoverageStatus.NotCovered
            : lines.Any(b => b.Code == "1") || planStatus?.Code == "1" ? CoverageStatus.Active
            : CoverageStatus.Inactive;

        var preferred = Preferred(lines);
        var active = lines.FirstOrDefault(b => b.Code == "1") ?? planStatus;
        return new BenefitSummary(
            status,
            fellBack ? ServiceTypeCodes.HealthBenefitPlan : serviceType,
            fellBack,
            active?.PlanDescription,
            response.Member?.GroupNumber,
            preferred.FirstOrDefault(b => b.InNetwork is not null)?.InNetwork,
            Amount(preferred, "C", total: true),
            Amount(preferred, "C", total: false),
            preferred.FirstOrDefault(b => b.Code == "A" && b.Percent is not null)?.Percent,
            preferred.FirstOrDefault(b => b.Code == "B" && b.Amount is not null)?.Amount,
            Amount(preferred, "G", total: true),
            Amount(preferred, "G", total: false),
            Visits(preferred, total: true),
            Visits(preferred, total: false),
            lines.Any(b => b.AuthorizationRequired == true),
            response.PlanBegin,
            [.. lines.SelectMany(b => b.Messages).Distinct()]);
    }

    /// <summary>In-network lines (or those that do not say) and individual ones (or those that do not say) first.</summary>
    private static List<BenefitLine> Preferred(List<BenefitLine> lines) =>
        [.. lines.OrderBy(b => b.InNetwork == false).ThenBy(b => b.CoverageLevel is not (null or "IND"))];

    private static bool IsRemaining(BenefitLine line) => line.TimePeriod == "29";

    private static decimal? Amount(List<BenefitLine> lines, string code, bool total) =>
        lines.FirstOrDefault(b => b.Code == code && b.Amount is not null && IsRemaining(b) != total)?.Amount;

    private static int? Visits(List<BenefitLine> lines, bool total) =>
        lines.FirstOrDefault(b => b.Code == "F" && b.QuantityQualifier == "VS" && b.Quantity is not null && IsRemaining(b) != total)?.Quantity is { } quantity
            ? (int)quantity
            : null;
}
