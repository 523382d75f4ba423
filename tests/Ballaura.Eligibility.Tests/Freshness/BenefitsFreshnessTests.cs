using Ballaura.Eligibility.Freshness;
using Xunit;

namespace Ballaura.Eligibility.Tests.Freshness;

public sealed class BenefitsFreshnessTests
{
    [Theory]
    [InlineData("2026-12-04", null, 30, "2026-12-31")] // the month ends before 30 days pass
    [InlineData("2026-11-01", null, 30, "2026-11-30")]
    [InlineData("2026-12-04", null, 7, "2026-12-11")] // the clinic's own, shorter setting
    [InlineData("2026-07-10", "2025-07-15", 30, "2026-07-14")] // the plan year renews on 15 July
    [InlineData("2026-12-31", null, 30, "2026-12-31")] // verified on New Year's Eve: good for that day only
    public void Benefits_hold_until_the_setting_the_month_or_the_plan_year_runs_out(string verifiedOn, string? planBegin, int days, string expected)
    {
        var freshThrough = BenefitsFreshness.FreshThrough(DateOnly.Parse(verifiedOn), planBegin is null ? null : DateOnly.Parse(planBegin), days);

        Assert.Equal(DateOnly.Parse(expected), freshThrough);
    }
}
