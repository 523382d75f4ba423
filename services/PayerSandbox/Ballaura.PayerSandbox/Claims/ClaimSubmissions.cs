using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ballaura.PayerSandbox.Faults;
using Ballaura.PayerSandbox.Members;
using Ballaura.X12;
using Ballaura.X12.Acknowledgments;
using Ballaura.X12.Claims;
using Ballaura.X12.Remittances;
using Ballaura.X12.Writing;

namespace Ballaura.PayerSandbox.Claims;

/// <summary>
/// The clearinghouse's claim endpoint: an 837P interchange in, a 999 out at once; per payer a 277CA and later an 835
/// in the clinic's mailbox (GET /x12/mailbox?after=n). The same interchange sent again (same sender and ISA13 — a
/// client that retried after a timeout) gets the same 999 and is not adjudicated twice. A claim whose total is not
/// the sum of its lines is rejected in the 999 (IK3 CLM, IK4 element 2).
/// </summary>
public static class ClaimSubmissions
{
    public const string MediaType = "application/edi-x12";
    private static int _controlNumbers;
    private static int _traceNumbers;

    public static WebApplication MapClaimSubmissions(this WebApplication app)
    {
        app.MapPost("/x12/837", HandleAsync).WithName("SubmitClaims");
        app.MapGet("/x12/mailbox", (long? after, int? limit, Mailbox mailbox) => TypedResults.Ok(mailbox.After(after ?? 0, Math.Clamp(limit ?? 50, 1, 500))))
            .WithName("Mailbox");
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, FaultSwitchboard faults, ReceivedInterchanges received, Adjudicator adjudicator, Mailbox mailbox, ClaimSettings settings,
        SandboxPayers payers, TimeProvider time, ILoggerFactory loggers)
    {
        using var body = new StreamReader(http.Request.Body, Encoding.UTF8);
        var text = await body.ReadToEndAsync(http.RequestAborted);
        ReceivedClaimFile file;
        try
        {
            file = Claim837Reader.Read(text);
        }
        catch (X12FormatException error)
        {
            return Results.Problem(title: "The 837 is not valid X12.", detail: error.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var fault = faults.Draw(file.Claims.FirstOrDefault()?.PayerId ?? "");
        loggers.CreateLogger("Ballaura.PayerSandbox").LogInformation("837 {Interchange} from {Sender} with {Claims} claims: {Fault}",
            file.InterchangeControlNumber, file.SenderId, file.Claims.Count(), fault);
        await Task.Delay(faults.Latency(), time, http.RequestAborted);
        switch (fault)
        {
            case Fault.Outage:
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case Fault.ServiceUnavailable:
                http.Response.Headers.RetryAfter = faults.Settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case Fault.ServerError:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case Fault.Drop:
                http.Abort();
                return Results.Empty;
        }

        // Lazy: two copies of the same interchange arriving together are adjudicated once.
        var ack = received.GetOrAdd((file.SenderId, file.InterchangeControlNumber),
            _ => new Lazy<string>(() => Accept(file, adjudicator, mailbox, settings, payers, time))).Value;
        if (fault == Fault.Timeout)
        {
            // Processed, but the answer comes long after the client stopped waiting: it must resend and get the same 999.
            await Task.Delay(TimeSpan.FromSeconds(faults.Settings.HangSeconds), time, http.RequestAborted);
        }

        return Results.Text(ack, MediaType, Encoding.UTF8);
    }

    private static string Accept(ReceivedClaimFile file, Adjudicator adjudicator, Mailbox mailbox, ClaimSettings settings, SandboxPayers payers, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var transactions = file.Transactions.Select(t => new TransactionAcknowledgment(t.ControlNumber, t.Claims.All(c => c.Balances) ? "A" : "R",
            t.Claims.Where(c => !c.Balances).Select(_ => new SegmentError("CLM", 0, 2, "7")).ToList())).ToList();
        var groupStatus = transactions.All(t => t.Accepted) ? "A" : transactions.Any(t => t.Accepted) ? "P" : "R";
        var clinic = new X12Party("ZZ", file.SenderId, file.SenderId);
        var clearinghouse = new X12Party("ZZ", file.ReceiverId, file.ReceiverId);
        var accepted = file.Transactions.Where(t => transactions.First(a => a.ControlNumber == t.ControlNumber).Accepted).SelectMany(t => t.Claims);
        foreach (var payer in accepted.GroupBy(c => c.PayerId))
        {
            var decisions = payer.Select(adjudicator.Decide).ToList();
            var payerName = payers.PayerName(payer.Key) ?? payer.First().PayerName;
            var report = new ClaimAcknowledgmentReport($"277{Interlocked.Increment(ref _controlNumbers):D7}", payer.Key, payerName, DateOnly.FromDateTime(now.UtcDateTime),
                decisions.Select(d => d.Acknowledgment).ToList());
            mailbox.Deliver("277CA", Ack277.Write(report, file.BillingProviderName, file.BillingProviderNpi, Envelope(clearinghouse, clinic, now)),
                TimeSpan.FromSeconds(settings.AcknowledgeAfterSeconds));

            var payments = decisions.SelectMany(d => d.Payments).ToList();
            if (payments.Count > 0)
            {
                var trace = $"SBX{Interlocked.Increment(ref _traceNumbers):D9}";
                var total = payments.Sum(p => p.Paid);
                var remittance = new Remittance(total > 0 ? "I" : "H", total, total > 0 ? "ACH" : "NON", DateOnly.FromDateTime(now.UtcDateTime), trace,
                    "1" + payer.Key.PadLeft(9, '0')[..9], payerName, payer.Key, payments, []);
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                Remittance835.Write(text, [remittance], Envelope(clearinghouse, clinic, now));
                mailbox.Deliver("835", text.ToString(), TimeSpan.FromSeconds(settings.PayAfterSeconds));
            }
        }

        return Ack999.Write(new ImplementationAcknowledgment(file.GroupControlNumber, groupStatus, transactions), Envelope(clearinghouse, clinic, now));
    }

    private static X12Envelope Envelope(X12Party from, X12Party to, DateTimeOffset at) => new(from, to, Interlocked.Increment(ref _controlNumbers), at, false);
}

/// <summary>The 999 given to each interchange already received, by sender and ISA13.</summary>
public sealed class ReceivedInterchanges : ConcurrentDictionary<(string Sender, string ControlNumber), Lazy<string>>;
