namespace Ballaura.PayerSandbox.Faults;

/// <summary>
/// How badly the sandbox behaves, like real clearinghouses do: slow answers, 5xx, answers that never come in
/// time (and may still come later), "AAA*42 payer cannot respond", dropped connections, and whole payers down.
/// Rates are fractions of requests (0.1 = 10 %); they add up, drawn once per request.
/// </summary>
public sealed record FaultSettings
{
    public int LatencyMilliseconds { get; init; } = 150;
    public int JitterMilliseconds { get; init; } = 100;

    /// <summary>500: the payer's system failed (the inquiry may or may not have been processed).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>503 with Retry-After (<see cref="RetryAfterSeconds"/>): the payer is busy, ask again.</summary>
    public double UnavailableRate { get; init; }

    /// <summary>The answer takes <see cref="HangSeconds"/> — longer than any client waits — and is then sent anyway.</summary>
    public double TimeoutRate { get; init; }

    /// <summary>A 271 whose payer loop says AAA*Y**42*R: the payer cannot answer now, ask again.</summary>
    public double Aaa42Rate { get; init; }

    /// <summary>The connection is closed after the inquiry was read, without an answer.</summary>
    public double DropRate { get; init; }

    public int HangSeconds { get; init; } = 30;
    public int RetryAfterSeconds { get; init; } = 2;

    /// <summary>Payer ids that are down: every inquiry for them gets 503.</summary>
    public IReadOnlyList<string> OutagePayers { get; init; } = [];
}

public enum Fault
{
    None,
    ServerError,
    ServiceUnavailable,
    Timeout,
    Aaa42,
    Drop,
    Outage,
}
