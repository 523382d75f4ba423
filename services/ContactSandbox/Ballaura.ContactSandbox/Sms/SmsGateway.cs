using System.Collections.Concurrent;
using Ballaura.ContactSandbox.Faults;

namespace Ballaura.ContactSandbox.Sms;

public sealed record SmsRequest(string? To, string? Body, string? ClientReference);

public sealed record SmsReplyRequest(string? From, string? Body);

/// <summary>A text a patient sent back to the clinic's number.</summary>
public sealed record SmsReply(long Sequence, string From, string Body, DateTimeOffset ReceivedAt);

/// <summary>One text message and its delivery state: queued → delivered, or undelivered when the carrier gives up.</summary>
public sealed record SmsMessage(string Id, string To, string Body, string ClientReference, DateTimeOffset AcceptedAt, DateTimeOffset ReceiptAt, bool Deliverable)
{
    public string StatusAt(DateTimeOffset now) => now < ReceiptAt ? "queued" : Deliverable ? "delivered" : "undelivered";
}

/// <summary>
/// The SMS provider: POST /sms/messages takes a message once per client reference (a retry after a timeout gets the
/// same message back, not a second text), answers slowly or with 503 as configured, and reports delivery later
/// (GET /sms/messages/{id}). Tests read what each number received.
/// </summary>
public static class SmsGateway
{
    private static readonly ConcurrentDictionary<string, SmsMessage> ByReference = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<SmsReply> Replies = new();
    private static long _replySequence;

    public static WebApplication MapSmsGateway(this WebApplication app)
    {
        app.MapPost("/sms/messages", SendAsync);
        app.MapGet("/sms/messages/{id}", (string id, TimeProvider time) =>
            ByReference.Values.FirstOrDefault(m => m.Id == id) is { } found ? Results.Ok(View(found, time.GetUtcNow())) : Results.NotFound());
        app.MapGet("/sms/messages", (string? to, TimeProvider time) =>
            Results.Ok(ByReference.Values.Where(m => to is null || m.To == to).OrderBy(m => m.AcceptedAt).Select(m => View(m, time.GetUtcNow())).ToList()));
        // A patient's reply (tests and developers play the patient: "STOP"); the clinic's service reads them after a sequence number.
        app.MapPost("/sms/inbound", (SmsReplyRequest reply, TimeProvider time) =>
        {
            if (string.IsNullOrWhiteSpace(reply.From) || reply.Body is null)
            {
                return Results.Problem(title: "A reply needs the number it came from and a body.", statusCode: StatusCodes.Status400BadRequest);
            }

            var stored = new SmsReply(Interlocked.Increment(ref _replySequence), reply.From, reply.Body, time.GetUtcNow());
            Replies.Enqueue(stored);
            return Results.Ok(stored);
        });
        app.MapGet("/sms/inbound", (long? after) => Results.Ok(Replies.Where(r => r.Sequence > (after ?? 0)).OrderBy(r => r.Sequence).ToList()));
        return app;
    }

    private static async Task<IResult> SendAsync(SmsRequest request, ContactFaults faults, TimeProvider time, HttpContext http)
    {
        var settings = faults.Settings;
        await Task.Delay(TimeSpan.FromMilliseconds(settings.SmsLatencyMilliseconds), time, http.RequestAborted);
        if (Random.Shared.NextDouble() < settings.SmsFailureRate)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (string.IsNullOrWhiteSpace(request.To) || !request.To.StartsWith('+') || request.To.Length < 11 || string.IsNullOrWhiteSpace(request.Body)
            || string.IsNullOrWhiteSpace(request.ClientReference))
        {
            return Results.Problem(title: "A message needs an E.164 number, a body and a client reference.", statusCode: StatusCodes.Status400BadRequest);
        }

        var now = time.GetUtcNow();
        var message = ByReference.GetOrAdd(request.ClientReference, reference => new SmsMessage($"SM{Guid.NewGuid():N}"[..18], request.To, request.Body, reference, now,
            now.AddMilliseconds(settings.SmsDeliverAfterMilliseconds), !settings.UndeliverableSuffixes.Any(s => request.To.EndsWith(s, StringComparison.Ordinal))));
        return Results.Ok(View(message, now));
    }

    private static object View(SmsMessage m, DateTimeOffset now) => new { m.Id, m.To, m.Body, m.ClientReference, m.AcceptedAt, Status = m.StatusAt(now) };
}
