namespace Ballaura.Eligibility.Payers;

/// <summary>
/// How Eligibility talks to payers (section <c>Eligibility:Payers</c>). The defaults follow the CAQH CORE rules: a
/// real-time answer within 20 seconds, and an inquiry that may have reached the payer is not resent within 90 seconds.
/// The circuit breaker's minimum throughput fits a clinic's volume (a few inquiries a minute), unlike the standard
/// HTTP handler's 100 calls, which would never open here.
/// </summary>
public sealed record PayerOptions
{
    public const string SectionName = "Eligibility:Payers";

    /// <summary>Where the clearinghouse's real-time endpoint lives (service discovery name in local runs).</summary>
    public Uri ClearinghouseUrl { get; init; } = new("http://payer-sandbox");

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(8);
    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>A Retry-After longer than this is not waited for in the request: the verification is rescheduled instead.</summary>
    public TimeSpan MaxInlineRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// High on purpose: payers fail a third of the time on a bad day and that is handled by retries; the breaker is for
    /// a payer that is down. At 0.5 over 4 calls, 30 % random faults open it whenever 2 of the first 4 calls of a window
    /// fail — about one window in three (seen in the resilience test: a healthy payer shut out for rounds on end).
    /// </summary>
    public double BreakerFailureRatio { get; init; } = 0.8;

    public int BreakerMinimumThroughput { get; init; } = 5;
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An inquiry that timed out or lost its connection may still be answered: not resent before this (CORE: 90 s).</summary>
    public TimeSpan ResendAfterUnanswered { get; init; } = TimeSpan.FromSeconds(90);
}
