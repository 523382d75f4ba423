using Ballaura.Eligibility.Payers;
using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Processing;

/// <summary>
/// Reads one round's result into what the front desk and the patient need: verified with the numbers, not verified
/// with the reason and the next step, waiting for a person, or asked again later (and when). Pure: all inputs given.
/// </summary>
public static class RoundDecision
{
    public static RoundOutcome Decide(
        PayerCall call, string reference, string traceNumber, int round, PayerOptions payer, VerificationOptions verification, DateTimeOffset now)
    {
        switch (call.Kind)
        {
            case PayerCallKind.CircuitOpen:
                return new RoundOutcome.Reschedule(now + (call.RetryAfter ?? payer.BreakerBreakDuration), "payer-unavailable",
                    "The payer failed several times in a row; Ballaura waits before asking it again.");
            case PayerCallKind.Unreachable:
                return new RoundOutcome.Reschedule(now + Backoff(round, verification), "payer-unreachable",
                    "The clearinghouse could not be reached.");
            case PayerCallKind.Unanswered:
                var lastSent = call.Attempts.Count > 0 ? call.Attempts.Max(a => a.SentAt) : now;
                var notBefore = Later(lastSent + payer.ResendAfterUnanswered, now + Backoff(round, verification));
                return new RoundOutcome.Reschedule(notBefore, "payer-timeout",
                    "The payer did not answer in time; the inquiry is not resent within 90 seconds (CAQH CORE), then asked again.")
                {
                    NoResendBefore = lastSent + payer.ResendAfterUnanswered,
                };
        }

        var final = call.Final!;
        if (final.HttpStatus is 429 or 503)
        {
            return new RoundOutcome.Reschedule(now + Later(final.RetryAfter ?? TimeSpan.Zero, Backoff(round, verification)), "payer-busy",
                $"The payer asked us to wait (HTTP {final.HttpStatus}).");
        }

        if (final.HttpStatus is >= 500 || final.Outcome == "malformed")
        {
            return new RoundOutcome.Reschedule(now + Backoff(round, verification), "payer-error",
                final.Outcome == "malformed" ? "The payer's answer was not a readable 271." : $"The payer's system failed (HTTP {final.HttpStatus}).");
        }

        if (final.HttpStatus is not 200)
        {
            return new RoundOutcome.Review("inquiry-refused", $"The clearinghouse refused the inquiry (HTTP {final.HttpStatus}).",
                "Check the payer and member details; the raw exchange is kept for support.");
        }

        var response = final.Responses!.FirstOrDefault(r => r.TraceNumber == traceNumber)
            ?? final.Responses!.FirstOrDefault(r => r.TraceNumber is null && r.Reference == reference);
        if (response is null)
        {
            return new RoundOutcome.Review("answer-mismatch", "The payer answered about another inquiry (trace and reference do not match).",
                "Verify again; if it repeats, call the payer.");
        }

        return FromAnswer(response, round, verification, now);
    }

    private static RoundOutcome FromAnswer(EligibilityResponse response, int round, VerificationOptions verification, DateTimeOffset now)
    {
        if (response.Rejections.FirstOrDefault() is { } rejection)
        {
            return rejection.Action switch
            {
                RejectionAction.TryLater => new RoundOutcome.Reschedule(now + Backoff(round, verification), "payer-cannot-respond",
                    $"{rejection.Meaning} (AAA {rejection.ReasonCode})"),
                RejectionAction.FixAndResubmit => new RoundOutcome.NotVerified($"rejected-{rejection.ReasonCode}",
                    $"{rejection.Meaning} (AAA {rejection.ReasonCode})", FixStep(rejection.ReasonCode), null),
                _ => new RoundOutcome.NotVerified($"rejected-{rejection.ReasonCode}", $"{rejection.Meaning} (AAA {rejection.ReasonCode})",
                    "Asking again will not help: call the payer to verify by phone.", null),
            };
        }

        var summary = BenefitSummary.From(response);
        if (summary is null)
        {
            return new RoundOutcome.Review("no-benefits", "The payer answered without any benefit line.", "Call the payer to verify by phone.");
        }

        return summary.Status switch
        {
            CoverageStatus.Inactive => new RoundOutcome.NotVerified("inactive", "The payer says the coverage is not active on the visit date.",
                "Ask the patient for their current insurance card.", summary),
            CoverageStatus.NotCovered => new RoundOutcome.NotVerified("not-covered", "The plan is active but does not cover massage therapy.",
                "Tell the patient before booking: the visit would be self-pay.", summary),
            _ => new RoundOutcome.Verified(summary, Note(summary)),
        };
    }

    private static string? Note(BenefitSummary summary)
    {
        var notes = new List<string>();
        if (summary.FellBackToHealthPlan)
        {
            notes.Add("The payer answered for the health plan (30), not for massage therapy (BE): massage benefits are not confirmed.");
        }

        if (summary.AuthorizationRequired)
        {
            notes.Add("The payer requires an authorization: record its number and visits before booking.");
        }

        return notes.Count == 0 ? null : string.Join(' ', notes);
    }

    private static string FixStep(string reasonCode) => reasonCode switch
    {
        "72" or "75" or "76" => "Check the member id on the card (front and back) and verify again.",
        "73" => "Check the patient's name as printed on the card and verify again.",
        "58" or "71" => "Check the birth date with the patient and verify again.",
        "04" or "41" or "43" => "The clinic is not set up with this payer: call the payer or the clearinghouse.",
        _ => "Check the case details and verify again.",
    };

    /// <summary>Doubling from the base, capped, with ±20 % jitter so a payer's return is not met by every case at once.</summary>
    public static TimeSpan Backoff(int round, VerificationOptions options)
    {
        var doubled = options.RescheduleBase * Math.Pow(2, Math.Clamp(round - 1, 0, 20));
        var capped = doubled < options.RescheduleMax ? doubled : options.RescheduleMax;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private static TimeSpan Later(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
