namespace Ballaura.Contracts.Scheduling;

/// <summary>
/// A visit was booked. <paramref name="CaseId"/> is set for an insurance visit; <paramref name="ServiceCodes"/> are the
/// services in the booking (an insurance massage and its add-ons, R12). No clinical detail, no contact details.
/// </summary>
/// <param name="Channel">phone-system, front-desk or web (R11).</param>
public sealed record AppointmentBooked(
    Guid BookingId,
    Guid PatientId,
    Guid? CaseId,
    Guid TherapistId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Channel,
    IReadOnlyList<string> ServiceCodes,
    DateTimeOffset BookedAt);
