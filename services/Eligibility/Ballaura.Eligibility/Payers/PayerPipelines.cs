using System.Collections.Concurrent;
using System.Net.Http;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ballaura.Eligibility.Payers;

/// <summary>
/// One resilience pipeline per payer, built for payers rather than the generic HTTP default (outer to inner):
/// <list type="number">
/// <item>total timeout (20 s, the CORE round trip);</item>
/// <item>retry with jittered backoff, only where the payer certainly did not act on the inquiry or told us to come
/// back: connection refused, 429/503 (honouring a short Retry-After), AAA*42. Never after a timeout or a dropped
/// connection — that inquiry may still be answered, and CORE forbids resending it within 90 s;</item>
/// <item>a circuit breaker per payer, so one payer's outage neither slows nor trips the others;</item>
/// <item>an attempt timeout.</item>
/// </list>
/// </summary>
public sealed class PayerPipelines(IOptions<PayerOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<PayerAttempt>> _pipelines = new(StringComparer.OrdinalIgnoreCase);

    public ResiliencePipeline<PayerAttempt> For(string payerId) => _pipelines.GetOrAdd(payerId, Build);

    private ResiliencePipeline<PayerAttempt> Build(string payerId)
    {
        var settings = options.Value;
        return new ResiliencePipelineBuilder<PayerAttempt> { Name = "payer", InstanceName = payerId, TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Name = "payer-total", Timeout = settings.TotalTimeout })
            .AddRetry(new RetryStrategyOptions<PayerAttempt>
            {
                Name = "payer-retry",
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                MaxDelay = settings.MaxInlineRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(IsSafeToRetry(args.Outcome, settings)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<PayerAttempt>
            {
                Name = "payer-breaker",
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsPayerFailure(args.Outcome)),
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "payer-attempt", Timeout = settings.AttemptTimeout })
            .ConfigureTelemetry(loggers)
            .Build();
    }

    internal static bool IsSafeToRetry(Outcome<PayerAttempt> outcome, PayerOptions settings) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Exception: not null } => false,
        { Result: { HttpStatus: 429 or 503 } attempt } => attempt.RetryAfter is null || attempt.RetryAfter <= settings.MaxInlineRetryAfter,
        { Result: { } attempt } => attempt.PayerSaysTryLater,
        _ => false,
    };

    internal static bool IsPayerFailure(Outcome<PayerAttempt> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } attempt } => attempt.IsServerFailure || attempt.PayerSaysTryLater,
        _ => false,
    };
}
