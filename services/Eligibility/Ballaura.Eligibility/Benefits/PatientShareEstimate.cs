using System.Globalization;
using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Benefits;

/// <summary>One step of an estimate and the rule it comes from.</summary>
public sealed record EstimateLine(string Rule, string Explanation, decimal Amount);

/// <param name="PatientShare">What the patient is expected to pay for the visit.</param>
/// <param name="PlanShare">What the plan is expected to pay.</param>
public sealed record PatientShareEstimate(decimal AllowedAmount, decimal PatientShare, decimal PlanShare, IReadOnlyList<EstimateLine> Lines)
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The patient's share of a visit from a benefits snapshot, computed on the payer's allowed amount (never the
    /// billed charge): a copay when the plan states one (R16); otherwise the deductible left first (R17), then the
    /// co-insurance on the rest (R18), capped by what is left of the out-of-pocket maximum. Exact decimals, rounded half
    /// away from zero to cents only at the end. A visit in a later plan year than the snapshot starts from the full
    /// deductible and out-of-pocket amounts again.
    /// </summary>
    public static PatientShareEstimate From(BenefitsSnapshot snapshot, decimal allowedAmount, DateOnly visitDate)
    {
        var lines = new List<EstimateLine>();
        if (snapshot.Status == CoverageStatus.NotCovered)
        {
            lines.Add(new EstimateLine("not-covered", "The plan does not cover massage therapy: the visit is self-pay.", allowedAmount));
            return Finish(allowedAmount, allowedAmount, lines);
        }

        if (snapshot.Copay is { } copay)
        {
            var paid = Math.Min(copay, allowedAmount);
            lines.Add(new EstimateLine("R16", $"Copay of {Money(copay)}, paid at the visit.", paid));
            return Finish(allowedAmount, paid, lines);
        }

        var newPlanYear = PlanYearOf(visitDate, snapshot.PlanBegin) > PlanYearOf(snapshot.ServiceDate, snapshot.PlanBegin);
        var deductibleLeft = newPlanYear ? snapshot.DeductibleTotal ?? 0m : snapshot.DeductibleRemaining ?? snapshot.DeductibleTotal ?? 0m;
        var outOfPocketLeft = newPlanYear ? snapshot.OutOfPocketTotal : snapshot.OutOfPocketRemaining ?? snapshot.OutOfPocketTotal;
        if (newPlanYear)
        {
            lines.Add(new EstimateLine("R17", "The visit falls in a new plan year: the deductible starts again.", 0m));
        }

        var deductible = Math.Min(allowedAmount, deductibleLeft);
        if (deductible > 0)
        {
            lines.Add(new EstimateLine("R17", $"Deductible: {Money(deductible)} of the {Money(deductibleLeft)} still to meet this plan year.", deductible));
        }

        var rest = allowedAmount - deductible;
        var rate = snapshot.CoinsurancePercent ?? 0m;
        var coinsurance = rest * rate;
        if (coinsurance > 0)
        {
            lines.Add(new EstimateLine("R18", $"Co-insurance: {rate * 100:0.##} % of the remaining {Money(rest)}.", coinsurance));
        }

        var share = deductible + coinsurance;
        if (outOfPocketLeft is { } cap && share > cap)
        {
            lines.Add(new EstimateLine("out-of-pocket", $"Capped at the {Money(cap)} left of the out-of-pocket maximum.", cap - share));
            share = cap;
        }

        return Finish(allowedAmount, share, lines);
    }

    private static PatientShareEstimate Finish(decimal allowed, decimal share, List<EstimateLine> lines)
    {
        var patient = Math.Round(share, 2, MidpointRounding.AwayFromZero);
        return new PatientShareEstimate(allowed, patient, allowed - patient, lines);
    }

    /// <summary>The year a plan year starts in: plans renew on their begin date's month and day (1 January when unknown).</summary>
    private static int PlanYearOf(DateOnly date, DateOnly? planBegin)
    {
        var (month, day) = planBegin is { } begin ? (begin.Month, begin.Day) : (1, 1);
        return (date.Month, date.Day).CompareTo((month, day)) >= 0 ? date.Year : date.Year - 1;
    }

    private static string Money(decimal amount) => amount.ToString("C2", Dollars);
}
