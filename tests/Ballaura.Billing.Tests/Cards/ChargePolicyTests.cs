using Ballaura.Billing.Cards;
using Ballaura.Contracts;
using Xunit;

namespace Ballaura.Billing.Tests.Cards;

/// <summary>R19's gates to the day, R10 fees, R22 for injured workers.</summary>
public sealed class ChargePolicyTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void A_patients_share_is_charged_only_when_more_than_30_days_old(int daysOld, bool due) =>
        Assert.Equal(due, Decide(Share(Now.AddDays(-daysOld), rebills: 1)).Due);

    [Theory]
    [InlineData(0, 90, false)]
    [InlineData(0, 91, true)]
    [InlineData(1, 40, true)]
    public void Nothing_tied_to_a_claim_is_charged_before_a_rebill_or_90_days(int rebills, int claimAgeDays, bool due)
    {
        var decision = Decide(Share(Now.AddDays(-45), rebills, Now.AddDays(-claimAgeDays)));
        Assert.Equal(due, decision.Due);
        Assert.Equal("R19", decision.Rule);
    }

    [Fact]
    public void Non_covered_services_wait_only_for_the_rebill_or_90_days_not_for_30_days()
    {
        var nonCovered = Share(Now.AddDays(-5), rebills: 1) with { Kind = BalanceKind.NonCovered };
        Assert.True(Decide(nonCovered).Due);
        Assert.False(Decide(nonCovered with { RebillCount = 0, FirstSubmittedAt = Now.AddDays(-20) }).Due);
    }

    [Fact]
    public void A_claim_never_submitted_and_never_rebilled_waits()
    {
        var decision = Decide(Share(Now.AddDays(-200), rebills: 0, submitted: null));
        Assert.False(decision.Due);
        Assert.Contains("rebilled", decision.Explanation);
    }

    [Fact]
    public void An_injured_workers_share_of_an_LnI_claim_is_never_charged_R22()
    {
        var decision = Decide(Share(Now.AddDays(-200), rebills: 2) with { Coverage = CoverageType.WorkersCompensation });
        Assert.Equal((false, "R22"), (decision.Due, decision.Rule));
    }

    [Fact]
    public void Fees_and_self_pay_services_are_due_at_once()
    {
        var fee = Decide(Share(Now) with { Kind = BalanceKind.Fee });
        Assert.Equal((true, "R10"), (fee.Due, fee.Rule));
        Assert.True(Decide(Share(Now) with { Kind = BalanceKind.SelfPay }).Due);
    }

    private static ChargeDecision Decide(ChargeCandidate candidate) => ChargePolicy.Decide(candidate, Now);

    private static ChargeCandidate Share(DateTimeOffset owedSince, int rebills = 0, DateTimeOffset? submitted = null) =>
        new("ledger:x", Guid.NewGuid(), BalanceKind.PatientShare, 120m, owedSince, CoverageType.MajorMedical, rebills, submitted);
}
