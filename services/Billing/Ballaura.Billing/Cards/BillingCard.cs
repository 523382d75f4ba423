namespace Ballaura.Billing.Cards;

/// <summary>The patient's card on file as Scheduling recorded it (R9): the processor's token, never the number.</summary>
public sealed class BillingCard
{
    public Guid PatientId { get; private set; }
    public string ProcessorToken { get; private set; } = "";
    public string Brand { get; private set; } = "";
    public string Last4 { get; private set; } = "";
    public int ExpiryMonth { get; private set; }
    public int ExpiryYear { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private BillingCard()
    {
    }

    public static BillingCard For(Guid patientId) => new() { PatientId = patientId };

    public void Update(string token, string brand, string last4, int month, int year, DateTimeOffset recordedAt)
    {
        if (recordedAt < RecordedAt)
        {
            return;
        }

        (ProcessorToken, Brand, Last4, ExpiryMonth, ExpiryYear, RecordedAt) = (token, brand, last4, month, year, recordedAt);
    }

    public bool ValidOn(DateOnly date) => date <= new DateOnly(ExpiryYear, ExpiryMonth, 1).AddMonths(1).AddDays(-1);
}
