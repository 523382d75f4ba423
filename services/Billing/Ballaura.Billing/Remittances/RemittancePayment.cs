namespace Ballaura.Billing.Remittances;

/// <summary>
/// A payment posted from an 835, identified by its trace number (TRN02) and the payer's id (TRN03): the unique index on
/// the pair refuses the same payment a second time, from the same file or a new envelope.
/// </summary>
public sealed class RemittancePayment
{
    public Guid Id { get; private set; }
    public string TraceNumber { get; private set; } = "";
    public string PayerId { get; private set; } = "";
    public string? PayerName { get; private set; }
    public decimal TotalPaid { get; private set; }
    public string PaymentMethod { get; private set; } = "";
    public DateOnly? PaymentDate { get; private set; }
    public int Claims { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }

    private RemittancePayment()
    {
    }

    public static RemittancePayment Of(string trace, string payerId, string? payerName, decimal total, string method, DateOnly? date, int claims, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TraceNumber = trace,
        PayerId = payerId,
        PayerName = payerName,
        TotalPaid = total,
        PaymentMethod = method,
        PaymentDate = date,
        Claims = claims,
        PostedAt = now,
    };
}
