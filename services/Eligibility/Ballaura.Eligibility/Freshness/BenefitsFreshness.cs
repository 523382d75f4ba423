namespace Ballaura.Eligibility.Freshness;

/// <summary>
/// How long a payer's answer holds: until the clinic's freshness setting runs out (30 days by default), the
/// calendar month ends, or the plan year turns — whichever comes first. A visit after that date is verified again.
/// </summary>
public static class BenefitsFreshness
{
    public static DateOnly FreshThrough(DateOnly verifiedOn, DateOnly? planBegin, int freshnessDays)
    {
        var byAge = verifiedOn.AddDays(freshnessDays);
        var endOfMonth = new DateOnly(verifiedOn.Year, verifiedOn.Month, DateTime.DaysInMonth(verifiedOn.Year, verifiedOn.Month));
        var nextPlanYear = NextAnniversary(verifiedOn, planBegin ?? new DateOnly(verifiedOn.Year, 1, 1)).AddDays(-1);
        return Min(byAge, Min(endOfMonth, nextPlanYear));
    }

    /// <summary>The first renewal of the plan (same month and day as its begin date) after <paramref name="date"/>.</summary>
    private static DateOnly NextAnniversary(DateOnly date, DateOnly planBegin)
    {
        for (var year = date.Year; ; year++)
        {
            var day = Math.Min(planBegin.Day, DateTime.DaysInMonth(year, planBegin.Month));
            var anniversary = new DateOnly(year, planBegin.Month, day);
            if (anniversary > date)
            {
                return anniversary;
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
