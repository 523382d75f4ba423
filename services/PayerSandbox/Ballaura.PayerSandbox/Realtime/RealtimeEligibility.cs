using System.Globalization;
using System.Text;
using Ballaura.PayerSandbox.Faults;
using Ballaura.PayerSandbox.Members;
using Ballaura.X12;
using Ballaura.X12.Eligibility;

namespace Ballaura.PayerSandbox.Realtime;

/// <summary>
/// The real-time eligibility endpoint, shaped like a clearinghouse's: the body is an X12 270 interchange
/// (application/edi-x12), the answer a 271 interchange. A 270 that is not valid X12 gets 400 with the reason.
/// </summary>
public static class RealtimeEligibility
{
    public const string MediaType = "application/edi-x12";
    private static int _controlNumbers;

    public static WebApplication MapRealtimeEligibility(this WebApplication app)
    {
        app.MapPost("/x12/270", HandleAsync).WithName("RealtimeEligibility");
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, SandboxPayers payers, FaultSwitchboard faults, InquiryLog log, TimeProvider time, ILoggerFactory loggers)
    {
        using var body = new StreamReader(http.Request.Body, Encoding.UTF8);
        var text = await body.ReadToEndAsync(http.RequestAborted);
        IReadOnlyList<(EligibilityInquiry Inquiry, X12Envelope Envelope)> inquiries;
        try
        {
            inquiries = Inquiry270.Read(text);
        }
        catch (X12FormatException error)
        {
            return Results.Problem(title: "The 270 is not valid X12.", detail: error.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (inquiries.Count != 1)
        {
            return Results.Problem(title: "A real-time inquiry carries exactly one 270 transaction.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (inquiry, envelope) = inquiries[0];
        var fault = faults.Draw(inquiry.Payer.Id);
        log.Record(new ReceivedInquiry(time.GetUtcNow(), inquiry.TraceNumber, inquiry.Payer.Id, inquiry.Member.MemberId, inquiry.ServiceDate, fault));
        loggers.CreateLogger("Ballaura.PayerSandbox").LogInformation("270 {Trace} for payer {Payer}: {Fault}", inquiry.TraceNumber, inquiry.Payer.Id, fault);

        await Task.Delay(faults.Latency(), time, http.RequestAborted);
        var settings = faults.Settings;
        switch (fault)
        {
            case Fault.Outage:
                // Down, with no idea when it will be back: no Retry-After.
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case Fault.ServiceUnavailable:
                http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case Fault.ServerError:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case Fault.Drop:
                http.Abort();
                return Results.Empty;
            case Fault.Timeout:
                // The payer is slow, not gone: the answer comes, long after the client stopped waiting.
                await Task.Delay(TimeSpan.FromSeconds(settings.HangSeconds), time, http.RequestAborted);
                break;
        }

        var response = fault == Fault.Aaa42 ? Answers.PayerCannotRespond(inquiry) : Answers.For(inquiry, payers);
        var reply = envelope.Reply(Interlocked.Increment(ref _controlNumbers), time.GetUtcNow());
        return Results.Text(Response271.Write(response, reply), MediaType, Encoding.UTF8);
    }
}
