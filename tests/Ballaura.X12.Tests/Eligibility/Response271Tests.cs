using Ballaura.X12.Eligibility;
using Xunit;

namespace Ballaura.X12.Tests.Eligibility;

public sealed class Response271Tests
{
    [Fact]
    public void A_real_shaped_271_gives_the_numbers_that_decide_what_the_patient_owes()
    {
        var response = Assert.Single(Response271.Read(EligibilitySamples.PremeraActive271));

        Assert.Equal("VER-0193A", response.Reference);
        Assert.Equal("0193a000-trace", response.TraceNumber);
        Assert.Equal(new X12Entity("PREMERA BLUE CROSS", "00430"), response.Payer);
        var summary = BenefitSummary.From(response)!;
        Assert.Equal(CoverageStatus.Active, summary.Status);
        Assert.Equal("BE", summary.AnsweredServiceType);
        Assert.False(summary.FellBackToHealthPlan);
        Assert.Equal("HERITAGE PPO", summary.PlanName);
        Assert.Equal("GRP-7700", summary.GroupNumber);
        Assert.True(summary.InNetwork);
        Assert.Equal(1000m, summary.DeductibleTotal);
        Assert.Equal(1000m, summary.DeductibleRemaining);
        Assert.Equal(0.2m, summary.CoinsurancePercent);
        Assert.Null(summary.Copay);
        Assert.Equal(4000m, summary.OutOfPocketTotal);
        Assert.Equal(3650.5m, summary.OutOfPocketRemaining);
        Assert.Equal(20, summary.VisitLimit);
        Assert.Equal(17, summary.VisitsRemaining);
        Assert.Equal(3, summary.VisitsUsed);
        Assert.False(summary.AuthorizationRequired);
        Assert.Equal(new DateOnly(2026, 1, 1), summary.PlanBegin);
        Assert.Equal(["MASSAGE THERAPY LIMITED TO 20 VISITS PER CALENDAR YEAR"], summary.Messages);
    }

    [Fact]
    public void Repeated_service_types_are_split_on_the_interchange_s_repetition_separator()
    {
        var response = Assert.Single(Response271.Read(EligibilitySamples.PremeraActive271));

        Assert.Equal(["30", "BE"], response.Benefits[0].ServiceTypes);
        Assert.Equal(["BE", "AE"], response.Benefits[^1].ServiceTypes);
        Assert.Equal("I", response.Benefits[^1].Code);
    }

    [Fact]
    public void A_payer_that_answers_only_for_30_is_read_from_the_30_lines_and_says_so()
    {
        var response = Respond([
            Line("1", ["30"], plan: "AETNA CHOICE POS II"),
            Line("C", ["30"], period: "23", amount: 500m),
            Line("C", ["30"], period: "29", amount: 120m),
            Line("B", ["30"], period: "27", amount: 30m),
        ]);

        var summary = BenefitSummary.From(response)!;

        Assert.True(summary.FellBackToHealthPlan);
        Assert.Equal("30", summary.AnsweredServiceType);
        Assert.Equal(CoverageStatus.Active, summary.Status);
        Assert.Equal(500m, summary.DeductibleTotal);
        Assert.Equal(120m, summary.DeductibleRemaining);
        Assert.Equal(30m, summary.Copay);
    }

    [Fact]
    public void An_inactive_plan_is_inactive_whatever_the_amounts_say()
    {
        var summary = BenefitSummary.From(Respond([Line("6", ["30"]), Line("C", ["30"], period: "23", amount: 500m)]))!;

        Assert.Equal(CoverageStatus.Inactive, summary.Status);
    }

    [Fact]
    public void Massage_not_covered_on_an_active_plan_is_told_apart_from_an_inactive_plan()
    {
        var summary = BenefitSummary.From(Respond([Line("1", ["30"]), Line("I", ["BE"])]))!;

        Assert.Equal(CoverageStatus.NotCovered, summary.Status);
    }

    [Fact]
    public void An_authorization_requirement_on_the_massage_lines_is_reported()
    {
        var summary = BenefitSummary.From(Respond([Line("1", ["BE"], plan: "KAISER HMO", authorization: true), Line("B", ["BE"], amount: 20m)]))!;

        Assert.True(summary.AuthorizationRequired);
        Assert.Equal(20m, summary.Copay);
    }

    [Fact]
    public void What_a_payer_writes_the_clinic_reads_back_unchanged()
    {
        var response = Respond([
            Line("1", ["30", "BE"], plan: "HERITAGE PPO"),
            Line("A", ["BE"], percent: 0.2m, inNetwork: true) with { Messages = ["IN NETWORK ONLY", "SEE PLAN"] },
            Line("F", ["BE"], period: "29", quantifier: "VS", quantity: 12m, authorization: false),
        ]);

        var text = Response271.Write(response, EligibilitySamples.ClinicToClearinghouse.Reply(9, DateTimeOffset.UnixEpoch));
        var read = Assert.Single(Response271.Read(text));

        Assert.Equal(response.Reference, read.Reference);
        Assert.Equal(response.TraceNumber, read.TraceNumber);
        Assert.Equal(response.Member, read.Member);
        Assert.Equal(response.PlanBegin, read.PlanBegin);
        Assert.Equal(response.Benefits.Count, read.Benefits.Count);
        for (var i = 0; i < response.Benefits.Count; i++)
        {
            Assert.Equal(response.Benefits[i].ServiceTypes, read.Benefits[i].ServiceTypes);
            Assert.Equal(response.Benefits[i].Messages, read.Benefits[i].Messages);
            Assert.Equal(response.Benefits[i] with { ServiceTypes = [], Messages = [] }, read.Benefits[i] with { ServiceTypes = [], Messages = [] });
        }
    }

    [Theory]
    [InlineData("72", "C", RejectionAction.FixAndResubmit)]
    [InlineData("73", "C", RejectionAction.FixAndResubmit)]
    [InlineData("75", "N", RejectionAction.DoNotResubmit)]
    [InlineData("58", "C", RejectionAction.FixAndResubmit)]
    [InlineData("42", "R", RejectionAction.TryLater)]
    [InlineData("80", "R", RejectionAction.TryLater)]
    [InlineData("42", "N", RejectionAction.DoNotResubmit)]
    [InlineData("72", "Y", RejectionAction.DoNotResubmit)]
    public void A_rejection_s_next_step_follows_AAA04_and_then_the_reason(string reason, string followUp, RejectionAction expected)
    {
        var text = Response271.Write(
            Respond([]) with { Rejections = [new AaaRejection("2100C", true, reason, followUp)] },
            EligibilitySamples.ClinicToClearinghouse.Reply(9, DateTimeOffset.UnixEpoch));

        var rejection = Assert.Single(Assert.Single(Response271.Read(text)).Rejections);

        Assert.Equal(("2100C", reason, followUp), (rejection.Loop, rejection.ReasonCode, rejection.FollowUp));
        Assert.Equal(expected, rejection.Action);
        Assert.DoesNotContain("reason " + reason, rejection.Meaning);
    }

    [Fact]
    public void A_rejection_at_the_payer_level_has_no_subscriber_and_is_matched_by_BHT03()
    {
        var text = Response271.Write(
            Respond([]) with { TraceNumber = null, Member = null, Rejections = [new AaaRejection("2100A", true, "42", "R")] },
            EligibilitySamples.ClinicToClearinghouse.Reply(9, DateTimeOffset.UnixEpoch));

        var read = Assert.Single(Response271.Read(text));

        Assert.Null(read.TraceNumber);
        Assert.Null(read.Member);
        Assert.Equal("VER-0193A", read.Reference);
        Assert.Equal("2100A", Assert.Single(read.Rejections).Loop);
        Assert.DoesNotContain("HL*2", text);
        Assert.Null(BenefitSummary.From(read));
    }

    [Fact]
    public void A_benefit_amount_that_is_not_a_number_is_a_clear_error()
    {
        var broken = EligibilitySamples.PremeraActive271.Replace("EB*C*IND*BE*PR**23*1000*", "EB*C*IND*BE*PR**23*1,000*");

        var error = Assert.Throws<X12FormatException>(() => Response271.Read(broken));

        Assert.Contains("EB07 '1,000' is not a number", error.Message);
        Assert.Equal(18, error.SegmentPosition);
    }

    private static EligibilityResponse Respond(IReadOnlyList<BenefitLine> lines) => new(
        "VER-0193A", "0193a000-trace", new X12Entity("AETNA", "60054"),
        new X12Member("W123456789", "JANE", "DOE", new DateOnly(1980, 4, 12), "GRP-1"),
        new DateOnly(2026, 1, 1), lines, []);

    private static BenefitLine Line(
        string code, string[] types, string? plan = null, string? period = null, decimal? amount = null, decimal? percent = null,
        string? quantifier = null, decimal? quantity = null, bool? authorization = null, bool? inNetwork = null) =>
        new(code, "IND", types, "PR", plan, period, amount, percent, quantifier, quantity, authorization, inNetwork, []);
}
