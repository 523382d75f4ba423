using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Ballaura.X12;
using Ballaura.X12.Eligibility;
using Ballaura.X12.Writing;

namespace Ballaura.Eligibility.Tests.Payers;

/// <summary>An HTTP handler that plays a clearinghouse from a script: one step per request, the last step repeats.</summary>
internal sealed class ScriptedClearinghouse(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private int _requests;

    public int Requests => _requests;

    public ConcurrentQueue<string> Paths { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        Paths.Enqueue(request.RequestUri!.AbsolutePath);
        return steps[Math.Min(index, steps.Length - 1)](request, cancellationToken);
    }

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, TimeSpan? retryAfter = null) => (_, _) =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("") };
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return Task.FromResult(response);
    };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(HttpRequestError error) =>
        (_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException(error, $"scripted {error}"));

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() => async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    };

    /// <summary>A 271 answering the 270 in the request (same trace and reference), made by <paramref name="answer"/>.</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Answer(Func<EligibilityInquiry, EligibilityResponse> answer) => async (request, token) =>
    {
        var (inquiry, envelope) = Inquiry270.Read(await request.Content!.ReadAsStringAsync(token)).Single();
        var text = Response271.Write(answer(inquiry), envelope.Reply(1, DateTimeOffset.UtcNow));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/edi-x12") };
    };

    public static EligibilityResponse Active(EligibilityInquiry inquiry) => new(
        inquiry.Reference, inquiry.TraceNumber, inquiry.Payer, inquiry.Member, new DateOnly(2026, 1, 1),
        [new BenefitLine("1", "IND", ["30", "BE"], "PR", "HERITAGE PPO", null, null, null, null, null, null, true, [])], []);

    public static EligibilityResponse PayerCannotRespond(EligibilityInquiry inquiry) => new(
        inquiry.Reference, null, inquiry.Payer, null, null, [], [new AaaRejection("2100A", true, "42", "R")]);

    public static string Sample270(string payerId = "00430") => Inquiry270.Write(
        new EligibilityInquiry("REF1", "TRACE1", "9BALLAURA0", new X12Entity("PAYER", payerId), new X12Entity("BALLAURA SPA", "1234567893"),
            new X12Member("M1", "JANE", "DOE", new DateOnly(1980, 4, 12)), new DateOnly(2026, 12, 10), ["BE"]),
        new X12Envelope(new X12Party("ZZ", "BALLAURA", "BALLAURA"), new X12Party("ZZ", "CH", "CH"), 1, DateTimeOffset.UtcNow, false));
}
