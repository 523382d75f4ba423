using System.Collections.Concurrent;
using Ballaura.ContactSandbox.Faults;

namespace Ballaura.ContactSandbox.Sms;

public sealed record SmsRequest(string? To, string? Body, string? ClientReference);

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

    public static WebApplication MapSmsGateway(this WebApplication app)
    {
        app.MapPost("/sms/messages", SendAsync);
        app.MapGet("/sms/messages/{id}", (string id, TimeProvider time) =>
            ByReference.Values.FirstOrDefault(m => m.Id == id) is { } found ? Results.Ok(View(found, time.GetUtcNow())) : Results.NotFound());
        app.MapGet("/sms/messages", (string? to, TimeProvider time) =>
            Results.Ok(ByReference.Values.Where(m => to is null || m.To == to).OrderBy(m => m.AcceptedAt).Select(m => View(m, time.GetUtcNow())).ToList()));
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
