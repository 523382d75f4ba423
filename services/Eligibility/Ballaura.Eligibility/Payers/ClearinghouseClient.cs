using System.Net;
using System.Text;
using Ballaura.X12;
using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Payers;

/// <summary>
/// Sends one 270 to the clearinghouse's real-time endpoint and reads the 271. No resilience of its own: the payer
/// pipeline decides what to retry (this client's HttpClient has the standard handler removed on purpose).
/// </summary>
public sealed class ClearinghouseClient(HttpClient http, TimeProvider time)
{
    public const string MediaType = "application/edi-x12";

    public async Task<PayerAttempt> SendAsync(string request270, CancellationToken cancellationToken)
    {
        var sentAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        using var content = new StringContent(request270, Encoding.UTF8, MediaType);
        using var response = await http.PostAsync("x12/270", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        var status = (int)response.StatusCode;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new PayerAttempt(sentAt, elapsed, status, body, $"http-{status}", RetryAfter(response), null);
        }

        try
        {
            var responses = Response271.Read(body);
            var rejection = responses.SelectMany(r => r.Rejections).FirstOrDefault();
            var outcome = responses.Count == 0 ? "malformed" : rejection is null ? "answered" : $"rejected-{rejection.ReasonCode}";
            return new PayerAttempt(sentAt, elapsed, status, body, outcome, null, responses);
        }
        catch (X12FormatException)
        {
            return new PayerAttempt(sentAt, elapsed, status, body, "malformed", null, null);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
