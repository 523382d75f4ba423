using Ballaura.Eligibility.Payers;
using Ballaura.Eligibility.Processing;
using Ballaura.X12.Eligibility;
using Xunit;

namespace Ballaura.Eligibility.Tests.Processing;

public sealed class RoundDecisionTests
{
    private const string Reference = "REF1";
    private const string Trace = "TRACE1";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
    private static readonly PayerOptions Payer = new();
    private static readonly VerificationOptions Verification = new();

    [Fact]
    public void An_inquiry_that_timed_out_is_not_asked_again_within_90_seconds_of_sending_it()
    {
        var sentAt = Now.AddSeconds(-8);
        var call = new PayerCall(PayerCallKind.Unanswered, null, null, [Attempt("timeout", sentAt: sentAt)], "timeout");

        var outcome = Assert.IsType<RoundOutcome.Reschedule>(Decide(call));

        Assert.Equal(sentAt.AddSeconds(90), outcome.NoResendBefore);
        Assert.True(outcome.At >= sentAt.AddSeconds(90));
        Assert.Equal("payer-timeout", outcome.ReasonCode);
    }

    [Fact]
    public void A_long_Retry_After_is_honoured_by_rescheduling()
    {
        var call = new PayerCall(PayerCallKind.Answered, Attempt("http-503", status: 503, retryAfter: TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(5), [], "http-503");

        var outcome = Assert.IsType<RoundOutcome.Reschedule>(Decide(call));

        Assert.True(outcome.At >= Now.AddMinutes(5));
        Assert.Null(outcome.NoResendBefore);
    }

    [Fact]
    public void An_open_breaker_reschedules_for_when_it_closes()
    {
        var call = new PayerCall(PayerCallKind.CircuitOpen, null, TimeSpan.FromSeconds(25), [], "circuit-open");

        var outcome = Assert.IsType<RoundOutcome.Reschedule>(Decide(call));

        Assert.Equal(Now.AddSeconds(25), outcome.At);
        Assert.Equal("payer-unavailable", outcome.ReasonCode);
    }

    [Fact]
    public void A_payer_level_AAA_42_is_matched_by_the_reference_and_asked_again_later()
    {
        var answer = new EligibilityResponse(Reference, null, null, null, null, [], [new AaaRejection("2100A", true, "42", "R")]);

        var outcome = Assert.IsType<RoundOutcome.Reschedule>(Decide(Answered(answer)));

        Assert.Equal("payer-cannot-respond", outcome.ReasonCode);
        Assert.Contains("cannot answer right now", outcome.Reason);
    }

    [Fact]
    public void A_member_the_payer_cannot_find_is_not_verified_and_says_to_check_the_member_id()
    {
        var answer = Response([]) with { Rejections = [new AaaRejection("2100C", true, "75", "C")] };

        var outcome = Assert.IsType<RoundOutcome.NotVerified>(Decide(Answered(answer)));

        Assert.Equal("rejected-75", outcome.ReasonCode);
        Assert.Contains("did not find the subscriber", outcome.Reason);
        Assert.Contains("member id", outcome.NextStep);
    }

    [Fact]
    public void A_wrong_birth_date_says_to_check_the_birth_date()
    {
        var answer = Response([]) with { Rejections = [new AaaRejection("2100C", true, "71", "C")] };

        var outcome = Assert.IsType<RoundOutcome.NotVerified>(Decide(Answered(answer)));

        Assert.Contains("birth date", outcome.NextStep);
    }

    [Fact]
    public void An_inactive_plan_is_not_verified_and_keeps_what_the_payer_said()
    {
        var outcome = Assert.IsType<RoundOutcome.NotVerified>(Decide(Answered(Response([Line("6", "30")]))));

        Assert.Equal("inactive", outcome.ReasonCode);
        Assert.NotNull(outcome.Summary);
    }

    [Fact]
    public void An_answer_for_30_only_is_verified_and_says_massage_benefits_are_unconfirmed()
    {
        var outcome = Assert.IsType<RoundOutcome.Verified>(Decide(Answered(Response([Line("1", "30")]))));

        Assert.True(outcome.Summary.FellBackToHealthPlan);
        Assert.Contains("not for massage therapy (BE)", outcome.Note);
    }

    [Fact]
    public void An_answer_about_another_inquiry_goes_to_a_person()
    {
        var answer = Response([Line("1", "BE")]) with { TraceNumber = "SOMEONE-ELSE" };

        var outcome = Assert.IsType<RoundOutcome.Review>(Decide(Answered(answer)));

        Assert.Equal("answer-mismatch", outcome.ReasonCode);
    }

    [Fact]
    public void An_inquiry_the_clearinghouse_refuses_goes_to_a_person_instead_of_being_retried()
    {
        var call = new PayerCall(PayerCallKind.Answered, Attempt("http-400", status: 400), null, [], "http-400");

        Assert.IsType<RoundOutcome.Review>(Decide(call));
    }

    [Fact]
    public void The_wait_between_rounds_doubles_and_stops_at_the_cap()
    {
        var options = new VerificationOptions { RescheduleBase = TimeSpan.FromSeconds(30), RescheduleMax = TimeSpan.FromMinutes(10) };

        var first = RoundDecision.Backoff(1, options);
        var third = RoundDecision.Backoff(3, options);
        var tenth = RoundDecision.Backoff(10, options);

        Assert.InRange(first.TotalSeconds, 24, 36);
        Assert.InRange(third.TotalSeconds, 96, 144);
        Assert.InRange(tenth.TotalMinutes, 8, 12);
    }

    private static RoundOutcome Decide(PayerCall call) => RoundDecision.Decide(call, Reference, Trace, round: 1, Payer, Verification, Now);

    private static PayerCall Answered(EligibilityResponse response) =>
        new(PayerCallKind.Answered, Attempt("answered", status: 200, responses: [response]), null, [], "answered");

    private static PayerAttempt Attempt(string outcome, int? status = null, TimeSpan? retryAfter = null, DateTimeOffset? sentAt = null, IReadOnlyList<EligibilityResponse>? responses = null) =>
        new(sentAt ?? Now, TimeSpan.FromMilliseconds(200), status, null, outcome, retryAfter, responses);

    private static EligibilityResponse Response(IReadOnlyList<BenefitLine> lines) => new(
        Reference, Trace, new X12Entity("PREMERA", "00430"), new X12Member("M1", "JANE", "DOE", new DateOnly(1980, 4, 12)), null, lines, []);

    private static BenefitLine Line(string code, string serviceType) =>
        new(code, "IND", [serviceType], "PR", null, null, null, null, null, null, null, null, []);
}
