namespace Ballaura.Contracts.Scheduling;

/// <summary>
/// A booking was cancelled. <paramref name="FeeDue"/> says whether the 24-hour rule (R10) made it a late cancellation
/// (then <see cref="LateCancellationFeeDue"/> follows for Billing); a cancellation by the clinic never costs the patient.
/// </summary>
public sealed record AppointmentCancelled(
    Guid BookingId,
    Guid PatientId,
    Guid? CaseId,
    DateTimeOffset StartsAt,
    DateTimeOffset CancelledAt,
    bool ByClinic,
    bool FeeDue);
