namespace Ballaura.Eligibility.Exchanges;

/// <summary>
/// One HTTP request to the payer and what came back, raw: the 270 as sent and the 271 as received (PHI: staff
/// only, every read audited). Kept for disputes with payers and for support ("what did Premera say on the 3rd?").
/// </summary>
public sealed class PayerExchange
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string PayerId { get; private set; } = "";
    public string TraceNumber { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
    public int DurationMilliseconds { get; private set; }
    public string Request270 { get; private set; } = "";
    public string? Response271 { get; private set; }
    public int? HttpStatus { get; private set; }

    /// <summary>answered, rejected, http-503, timeout, connection-failed, dropped, circuit-open, malformed.</summary>
    public string Outcome { get; private set; } = "";

    private PayerExchange()
    {
    }

    public static PayerExchange Record(
        Guid caseId, string payerId, string traceNumber, DateTimeOffset sentAt, TimeSpan duration, string request270,
        string? response271, int? httpStatus, string outcome) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        PayerId = payerId,
        TraceNumber = traceNumber,
        SentAt = sentAt,
        DurationMilliseconds = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
        Request270 = request270,
        Response271 = response271,
        HttpStatus = httpStatus,
        Outcome = outcome,
    };
}
