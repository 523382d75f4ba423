namespace Ballaura.Scheduling.Cards;

/// <summary>
/// The card that holds a patient's visits (R9): the processor's token, brand, last four and expiry. The card number and
/// CVV never reach Ballaura (PCI DSS): the phone system and the web client hand them to the processor and keep the token.
/// </summary>
public sealed class CardOnFile
{
    public Guid PatientId { get; private set; }
    public string ProcessorToken { get; private set; } = "";
    public string Brand { get; private set; } = "";
    public string Last4 { get; private set; } = "";
    public int ExpiryMonth { get; private set; }
    public int ExpiryYear { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private CardOnFile()
    {
    }

    public static CardOnFile Hold(Guid patientId) => new() { PatientId = patientId };

    public void Replace(string token, string brand, string last4, int expiryMonth, int expiryYear, DateTimeOffset now)
    {
        ProcessorToken = token;
        Brand = brand;
        Last4 = last4;
        ExpiryMonth = expiryMonth;
        ExpiryYear = expiryYear;
        RecordedAt = now;
    }

    /// <summary>A card is good through the last day of its expiry month.</summary>
    public bool ValidOn(DateOnly date) => date <= new DateOnly(ExpiryYear, ExpiryMonth, 1).AddMonths(1).AddDays(-1);

    public string Describe() => $"{Brand} ending {Last4}, expires {ExpiryMonth:00}/{ExpiryYear}";
}
