using Ballaura.Billing.Claims;
using Ballaura.Contracts;
using Xunit;

namespace Ballaura.Billing.Tests.Claims;

/// <summary>Rebills (frequency 7, counted for R19) and voids (8) name the payer's original claim; nothing else can be replaced.</summary>
public sealed class ClaimLifecycleTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(45);

    [Fact]
    public void A_denied_claim_is_rebilled_as_a_replacement_and_each_rebill_is_counted()
    {
        var claim = Draft();
        claim.Denied("PRM-778");

        Assert.Null(claim.Rebill());
        Assert.Equal((7, 1, ClaimStatus.Ready), (claim.Frequency, claim.RebillCount, claim.Status));
        claim.Posted(ClaimStatus.PartiallyPaid, "PRM-778", 50m, 0m, 20m);
        Assert.Null(claim.Rebill());
        Assert.Equal(2, claim.RebillCount);
    }

    [Fact]
    public void A_draft_cannot_be_rebilled_and_a_claim_without_the_payers_number_cannot_be_replaced()
    {
        var claim = Draft();
        Assert.Contains("nothing to replace", claim.Rebill());
        claim.Denied(null);
        Assert.Contains("CLP07", claim.Rebill());
        Assert.Equal((1, 0), (claim.Frequency, claim.RebillCount));
    }

    [Fact]
    public void A_claim_goes_draft_ready_submitted_accepted_as_the_file_the_999_and_the_277CA_say()
    {
        var claim = Draft();
        Assert.True(claim.SubmissionPending);

        claim.Batched(Guid.NewGuid(), "00430", 0.8m);
        Assert.Equal((ClaimStatus.Ready, false), (claim.Status, claim.SubmissionPending));
        var at = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        claim.Submitted(at, Window);
        claim.Submitted(at.AddDays(3), Window);
        Assert.Equal((ClaimStatus.Submitted, at), (claim.Status, claim.FirstSubmittedAt));
        claim.AcceptedByPayer("PCN00000001");
        Assert.Equal((ClaimStatus.Accepted, "PCN00000001"), (claim.Status, claim.PayerClaimNumber));
    }

    [Fact]
    public void A_claim_returned_before_the_payer_took_it_is_sent_again_as_an_original_not_counted_as_a_rebill()
    {
        var claim = Draft();
        claim.Batched(Guid.NewGuid(), "00430", 0.8m);
        claim.Submitted(DateTimeOffset.UtcNow, Window);
        claim.Returned("PREMERA returned the claim (277CA A3:21): SUBSCRIBER NOT FOUND.");
        Assert.Equal(ClaimStatus.Rejected, claim.Status);

        Assert.Null(claim.Rebill());
        Assert.Equal((ClaimStatus.Ready, 1, 0, true, null), (claim.Status, claim.Frequency, claim.RebillCount, claim.SubmissionPending, claim.StatusNote));
    }

    [Fact]
    public void A_void_waits_to_be_sent_and_stays_void_whatever_comes_back()
    {
        var claim = Draft();
        claim.Posted(ClaimStatus.Paid, "PRM-9", 100m, 0m, 95m);
        Assert.Null(claim.Void());
        Assert.True(claim.SubmissionPending);
        claim.Batched(Guid.NewGuid(), "00430", 0.8m);
        claim.Submitted(DateTimeOffset.UtcNow, Window);
        claim.AcceptedByPayer("PRM-9");
        claim.Posted(ClaimStatus.Accepted, "PRM-9", -100m, 0m, -95m);
        Assert.Equal((ClaimStatus.Void, 0m), (claim.Status, claim.PaidTotal));
    }

    [Fact]
    public void No_remittance_45_days_after_submission_is_payment_missing_and_a_write_off_beyond_the_contract_is_flagged()
    {
        var claim = Draft();
        var submitted = new DateTimeOffset(2026, 10, 1, 17, 0, 0, TimeSpan.Zero);
        claim.Batched(Guid.NewGuid(), "00430", 0.8m);
        claim.Submitted(submitted, Window);
        claim.AcceptedByPayer("PCN1");

        Assert.Equal("awaiting payment", claim.ReconciliationAt(submitted.AddDays(45)));
        Assert.Equal("payment missing", claim.ReconciliationAt(submitted.AddDays(46)));

        // $195 billed, the contract allows 80 % ($156): a $50 write-off is $11 more than the contract lets the payer take.
        claim.Posted(ClaimStatus.Paid, "PCN1", 125m, 20m, 50m);
        Assert.Equal("write-off above contract", claim.ReconciliationAt(submitted.AddDays(46)));
    }

    [Fact]
    public void A_void_is_frequency_8_and_final()
    {
        var claim = Draft();
        Assert.Contains("never reached the payer", claim.Void());
        claim.Posted(ClaimStatus.Paid, "PRM-9", 100m, 0m, 95m);
        Assert.Null(claim.Void());
        Assert.Equal((8, ClaimStatus.Void), (claim.Frequency, claim.Status));
        Assert.Contains("already void", claim.Void());
        Assert.Contains("nothing to replace", claim.Rebill());
    }

    private static Claim Draft() => Claim.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoverageType.MajorMedical, new DateOnly(2026, 12, 1), Guid.NewGuid(),
        Guid.NewGuid(), "1345672012", "Maya Chen, LMT", null, 1, [new ClaimLine("97124", 1, 15, 45m, 45m), new ClaimLine("97140", 3, 45, 50m, 150m)], DateTimeOffset.UtcNow);
}
