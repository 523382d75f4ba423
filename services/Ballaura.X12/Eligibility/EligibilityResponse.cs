namespace Ballaura.X12.Eligibility;

/// <summary>
/// A 271 answer as the payer sent it: who it is about, every benefit line (EB with its MSG notes) and every
/// rejection (AAA) with the loop it came from. <see cref="BenefitSummary"/> turns it into what the clinic decides on.
/// </summary>
/// <param name="Reference">BHT03, echoed from the 270: the match when the payer rejected before the subscriber loop.</param>
/// <param name="TraceNumber">The clinic's trace (TRN*2), absent when the payer rejected at the payer or provider level.</param>
/// <param name="PlanBegin">DTP*346: when the plan year started (R17 resets the deductible then, not on 1 January).</param>
public sealed record EligibilityResponse(
    string Reference,
    string? TraceNumber,
    X12Entity? Payer,
    X12Member? Member,
    DateOnly? PlanBegin,
    IReadOnlyList<BenefitLine> Benefits,
    IReadOnlyList<AaaRejection> Rejections);

/// <summary>One EB segment (loop 2110C) and the MSG lines that follow it.</summary>
/// <param name="Code">EB01: 1 active, 6 inactive, I non-covered, A co-insurance, B copay, C deductible, F limitations, G out-of-pocket.</param>
/// <param name="CoverageLevel">EB02: IND individual, FAM family.</param>
/// <param name="ServiceTypes">EB03 (repeatable): BE massage, 30 health benefit plan, …</param>
/// <param name="TimePeriod">EB06: 23 calendar year, 22 service year, 29 remaining, 27 visit, …</param>
/// <param name="Percent">EB08 as a fraction (0.2 = 20 %).</param>
/// <param name="QuantityQualifier">EB09 (or HSD01): VS visits.</param>
/// <param name="AuthorizationRequired">EB11: Y/N; U (unknown) is null.</param>
/// <param name="InNetwork">EB12: Y/N; W (not applicable) is null.</param>
public sealed record BenefitLine(
    string Code,
    string? CoverageLevel,
    IReadOnlyList<string> ServiceTypes,
    string? InsuranceType,
    string? PlanDescription,
    string? TimePeriod,
    decimal? Amount,
    decimal? Percent,
    string? QuantityQualifier,
    decimal? Quantity,
    bool? AuthorizationRequired,
    bool? InNetwork,
    IReadOnlyList<string> Messages)
{
    public bool Covers(string serviceType) => ServiceTypes.Contains(serviceType, StringComparer.Ordinal);
}
