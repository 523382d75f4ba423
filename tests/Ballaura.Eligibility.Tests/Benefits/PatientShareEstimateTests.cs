using Ballaura.Eligibility.Benefits;
using Ballaura.X12.Eligibility;
using Xunit;

namespace Ballaura.Eligibility.Tests.Benefits;

public sealed class PatientShareEstimateTests
{
    private static readonly DateOnly VisitDate = new(2026, 12, 10);

    [Fact]
    public void The_seed_example_1000_deductible_20_percent_1500_allowed_is_1100_for_the_patient()
    {
        var estimate = PatientShareEstimate.From(Snapshot(deductibleTotal: 1000m, deductibleRemaining: 1000m, coinsurance: 0.2m), 1500m, VisitDate);

        Assert.Equal(1100m, estimate.PatientShare);
        Assert.Equal(400m, estimate.PlanShare);
        Assert.Equal(["R17", "R18"], estimate.Lines.Select(l => l.Rule));
        Assert.Equal(estimate.PatientShare, estimate.Lines.Sum(l => l.Amount));
    }

    [Theory]
    [InlineData(150, 150)]
    [InlineData(300, 220)]
    public void Only_the_deductible_still_to_meet_is_charged_before_co_insurance(decimal allowed, decimal expected)
    {
        var estimate = PatientShareEstimate.From(Snapshot(deductibleTotal: 1000m, deductibleRemaining: 200m, coinsurance: 0.2m), allowed, VisitDate);

        Assert.Equal(expected, estimate.PatientShare);
    }

    [Fact]
    public void A_copay_plan_charges_the_copay_and_never_more_than_the_allowed_amount()
    {
        Assert.Equal(20m, PatientShareEstimate.From(Snapshot(copay: 20m), 95m, VisitDate).PatientShare);
        Assert.Equal(15m, PatientShareEstimate.From(Snapshot(copay: 20m), 15m, VisitDate).PatientShare);
    }

    [Fact]
    public void The_out_of_pocket_maximum_caps_the_share()
    {
        var estimate = PatientShareEstimate.From(Snapshot(deductibleTotal: 1000m, deductibleRemaining: 1000m, coinsurance: 0.2m, outOfPocketRemaining: 50m), 1500m, VisitDate);

        Assert.Equal(50m, estimate.PatientShare);
        Assert.Equal(1450m, estimate.PlanShare);
    }

    [Fact]
    public void Cents_are_rounded_half_away_from_zero_only_at_the_end()
    {
        var estimate = PatientShareEstimate.From(Snapshot(deductibleTotal: 0m, deductibleRemaining: 0m, coinsurance: 0.01m), 12.50m, VisitDate);

        Assert.Equal(0.13m, estimate.PatientShare);
        Assert.Equal(12.37m, estimate.PlanShare);
    }

    [Fact]
    public void A_visit_in_the_next_plan_year_starts_from_the_full_deductible()
    {
        var snapshot = Snapshot(deductibleTotal: 1000m, deductibleRemaining: 0m, coinsurance: 0.2m);

        var december = PatientShareEstimate.From(snapshot, 1500m, new DateOnly(2026, 12, 31));
        var january = PatientShareEstimate.From(snapshot, 1500m, new DateOnly(2027, 1, 4));

        Assert.Equal(300m, december.PatientShare);
        Assert.Equal(1100m, january.PatientShare);
    }

    [Fact]
    public void A_plan_year_that_starts_in_July_resets_in_July_not_in_January()
    {
        var snapshot = Snapshot(deductibleTotal: 1000m, deductibleRemaining: 0m, coinsurance: 0.2m, planBegin: new DateOnly(2026, 7, 1));

        Assert.Equal(300m, PatientShareEstimate.From(snapshot, 1500m, new DateOnly(2027, 1, 4)).PatientShare);
        Assert.Equal(1100m, PatientShareEstimate.From(snapshot, 1500m, new DateOnly(2027, 7, 1)).PatientShare);
    }

    [Fact]
    public void Massage_not_covered_is_self_pay()
    {
        var estimate = PatientShareEstimate.From(Snapshot(status: CoverageStatus.NotCovered), 120m, VisitDate);

        Assert.Equal(120m, estimate.PatientShare);
        Assert.Equal(0m, estimate.PlanShare);
    }

    private static BenefitsSnapshot Snapshot(
        decimal? deductibleTotal = null, decimal? deductibleRemaining = null, decimal? coinsurance = null, decimal? copay = null,
        decimal? outOfPocketRemaining = null, DateOnly? planBegin = null, CoverageStatus status = CoverageStatus.Active) =>
        BenefitsSnapshot.Take(Guid.NewGuid(), Guid.NewGuid(), VisitDate, new BenefitSummary(
            status, "BE", false, "PLAN", "GRP", true, deductibleTotal, deductibleRemaining, coinsurance, copay, null, outOfPocketRemaining,
            null, null, false, planBegin ?? new DateOnly(2026, 1, 1), []), DateTimeOffset.UtcNow);
}
