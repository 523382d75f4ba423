using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Payers;

/// <summary>One HTTP request to the clearinghouse and what came back (or did not).</summary>
/// <param name="Outcome">answered, rejected-&lt;AAA03&gt;, http-&lt;status&gt;, malformed, timeout, connection-failed, dropped.</param>
/// <param name="Responses">The parsed 271s when the body was one.</param>
public sealed record PayerAttempt(
    DateTimeOffset SentAt,
    TimeSpan Duration,
    int? HttpStatus,
    string? Body,
    string Outcome,
    TimeSpan? RetryAfter,
    IReadOnlyList<EligibilityResponse>? Responses)
{
    /// <summary>The payer asked us to come back later (AAA*42 and friends with a follow-up that allows it).</summary>
    public bool PayerSaysTryLater => Responses is { } responses
        && responses.SelectMany(r => r.Rejections).Any(r => r.Action == RejectionAction.TryLater);

    public bool IsServerFailure => HttpStatus is >= 500 or 429 || Outcome == "malformed";
}

public enum PayerCallKind
{
    /// <summary>The payer's last answer is in <see cref="PayerCall.Final"/> (a 271, or an HTTP error status).</summary>
    Answered,

    /// <summary>The request never reached the payer (connection refused, name not resolved): safe to send again.</summary>
    Unreachable,

    /// <summary>The request went out and no answer came (timeout, dropped connection): the payer may still have it.</summary>
    Unanswered,

    /// <summary>Our circuit breaker for this payer is open: nothing was sent.</summary>
    CircuitOpen,
}

/// <summary>The result of one pipeline run (one "round"): every attempt, and how it ended.</summary>
public sealed record PayerCall(PayerCallKind Kind, PayerAttempt? Final, TimeSpan? RetryAfter, IReadOnlyList<PayerAttempt> Attempts, string Detail);
