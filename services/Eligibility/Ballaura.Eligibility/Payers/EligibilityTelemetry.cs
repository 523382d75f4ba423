using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ballaura.Eligibility.Payers;

/// <summary>Traces and counters of every payer request and verification outcome (exported under "Ballaura.Eligibility").</summary>
public sealed class EligibilityTelemetry : IDisposable
{
    public const string Name = "Ballaura.Eligibility";

    private readonly Meter _meter;
    private readonly Counter<long> _payerRequests;
    private readonly Histogram<double> _payerDuration;
    private readonly Counter<long> _outcomes;

    public EligibilityTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _payerRequests = _meter.CreateCounter<long>("ballaura.eligibility.payer.requests", description: "HTTP requests sent to payers, retries included, by payer and outcome.");
        _payerDuration = _meter.CreateHistogram<double>("ballaura.eligibility.payer.duration", "ms", "Time from sending a 270 to the end of its answer.");
        _outcomes = _meter.CreateCounter<long>("ballaura.eligibility.verification.outcomes", description: "Verification rounds by how they ended: verified, not-verified, review, rescheduled.");
    }

    public ActivitySource Source { get; } = new(Name);

    public void PayerRequest(string payerId, PayerAttempt attempt)
    {
        var tags = new TagList { { "payer", payerId }, { "outcome", attempt.Outcome } };
        _payerRequests.Add(1, tags);
        _payerDuration.Record(attempt.Duration.TotalMilliseconds, tags);
    }

    public void Outcome(string outcome, string reasonCode) =>
        _outcomes.Add(1, new TagList { { "outcome", outcome }, { "reason", reasonCode } });

    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }
}
