using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Processing;

/// <summary>How one round of asking the payer ended, and what happens to the case because of it.</summary>
public abstract record RoundOutcome(string Code)
{
    /// <summary>An inquiry that may still be answered: not resent before this time.</summary>
    public DateTimeOffset? NoResendBefore { get; init; }

    public sealed record Verified(BenefitSummary Summary, string? Note) : RoundOutcome("verified");

    public sealed record NotVerified(string ReasonCode, string Reason, string NextStep, BenefitSummary? Summary) : RoundOutcome(ReasonCode);

    public sealed record Review(string ReasonCode, string Reason, string NextStep) : RoundOutcome(ReasonCode);

    public sealed record Reschedule(DateTimeOffset At, string ReasonCode, string Reason) : RoundOutcome(ReasonCode);
}
