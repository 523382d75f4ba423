using System.Diagnostics;
using System.Net.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ballaura.Eligibility.Payers;

/// <summary>Asks a payer through its pipeline and reports every attempt, traced and counted, whatever happened.</summary>
public sealed class PayerGateway(ClearinghouseClient client, PayerPipelines pipelines, EligibilityTelemetry telemetry, TimeProvider time)
{
    public async Task<PayerCall> AskAsync(string payerId, string request270, CancellationToken cancellationToken)
    {
        var attempts = new List<PayerAttempt>();
        try
        {
            var final = await pipelines.For(payerId).ExecuteAsync(
                async token => Record(payerId, attempts, await SendAsync(payerId, request270, attempts, token)),
                cancellationToken);
            return new PayerCall(PayerCallKind.Answered, final, final.RetryAfter, attempts, final.Outcome);
        }
        catch (BrokenCircuitException open)
        {
            return new PayerCall(PayerCallKind.CircuitOpen, null, open.RetryAfter, attempts, "circuit-open");
        }
        catch (TimeoutRejectedException)
        {
            return new PayerCall(PayerCallKind.Unanswered, null, null, attempts, "timeout");
        }
        catch (HttpRequestException failed) when (failed.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new PayerCall(PayerCallKind.Unreachable, null, null, attempts, "connection-failed");
        }
        catch (HttpRequestException)
        {
            // The request was written; the answer was cut off. The payer may have it.
            return new PayerCall(PayerCallKind.Unanswered, null, null, attempts, "dropped");
        }
    }

    private async Task<PayerAttempt> SendAsync(string payerId, string request270, List<PayerAttempt> attempts, CancellationToken token)
    {
        using var activity = telemetry.Source.StartActivity("payer inquiry", ActivityKind.Client);
        activity?.SetTag("ballaura.payer", payerId);
        activity?.SetTag("ballaura.payer.attempt", attempts.Count + 1);
        var sentAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        try
        {
            var attempt = await client.SendAsync(request270, token);
            activity?.SetTag("ballaura.payer.outcome", attempt.Outcome);
            return attempt;
        }
        catch (Exception failed) when (failed is HttpRequestException or OperationCanceledException)
        {
            var outcome = failed switch
            {
                HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => "connection-failed",
                HttpRequestException => "dropped",
                _ => "timeout",
            };
            activity?.SetTag("ballaura.payer.outcome", outcome);
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            Record(payerId, attempts, new PayerAttempt(sentAt, time.GetElapsedTime(started), null, null, outcome, null, null));
            throw;
        }
    }

    private PayerAttempt Record(string payerId, List<PayerAttempt> attempts, PayerAttempt attempt)
    {
        lock (attempts)
        {
            attempts.Add(attempt);
        }

        telemetry.PayerRequest(payerId, attempt);
        return attempt;
    }
}
