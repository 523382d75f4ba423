using Ballaura.Billing.Coding;
using Ballaura.Billing.Fees;
using Ballaura.Contracts;
using Xunit;

namespace Ballaura.Billing.Tests.Fees;

/// <summary>R10 fees and R22 for injured workers.</summary>
public sealed class FeePolicyTests
{
    [Fact]
    public void A_late_cancellation_is_charged_the_clinics_fee()
    {
        var (amount, charged, rule, _) = FeePolicy.Decide(FeeKinds.LateCancellation, CoverageType.MajorMedical, new BillingOptions { LateCancellationFee = 45m });
        Assert.Equal((45m, true, "R10"), (amount, charged, rule));
    }

    [Fact]
    public void An_injured_worker_is_charged_only_under_a_policy_for_every_patient_R22()
    {
        var (_, chargedUnderPolicy, rule, explanation) = FeePolicy.Decide(FeeKinds.NoShow, CoverageType.WorkersCompensation, new BillingOptions());
        Assert.True(chargedUnderPolicy);
        Assert.Equal("R10, R22", rule);
        Assert.Contains("every patient", explanation);

        var (_, charged, waivedRule, why) = FeePolicy.Decide(FeeKinds.NoShow, CoverageType.WorkersCompensation, new BillingOptions { FeePolicyAppliesToEveryPatient = false });
        Assert.False(charged);
        Assert.Equal("R22", waivedRule);
        Assert.Contains("WAC 296-20-010", why);
    }

    [Fact]
    public void A_fee_of_zero_charges_nothing()
    {
        var (_, charged, _, _) = FeePolicy.Decide(FeeKinds.NoShow, null, new BillingOptions { NoShowFee = 0m });
        Assert.False(charged);
    }
}
