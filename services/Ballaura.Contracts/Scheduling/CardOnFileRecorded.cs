namespace Ballaura.Contracts.Scheduling;

/// <summary>
/// A card is on file to hold the patient's visits (R9): the processor's token, brand, last four digits and expiry —
/// never the card number or CVV (PCI DSS). Billing charges the token under R10/R19.
/// </summary>
public sealed record CardOnFileRecorded(
    Guid PatientId,
    string ProcessorToken,
    string Brand,
    string Last4,
    int ExpiryMonth,
    int ExpiryYear,
    DateTimeOffset RecordedAt);
