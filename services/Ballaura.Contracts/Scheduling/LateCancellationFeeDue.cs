namespace Ballaura.Contracts.Scheduling;

/// <summary>
/// R10: the patient cancelled less than 24 hours (elapsed) before the start. Billing decides the amount (a clinic
/// setting) and whether the card may be charged (R22 for L&amp;I).
/// </summary>
/// <param name="HoursBeforeStart">Elapsed hours between the cancellation and the start, e.g. 23.98.</param>
public sealed record LateCancellationFeeDue(
    Guid BookingId,
    Guid PatientId,
    Guid? CaseId,
    CoverageType? CoverageType,
    DateTimeOffset StartsAt,
    DateTimeOffset CancelledAt,
    decimal HoursBeforeStart,
    string Rule);
