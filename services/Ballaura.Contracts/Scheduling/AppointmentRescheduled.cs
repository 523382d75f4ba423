namespace Ballaura.Contracts.Scheduling;

/// <summary>A booking moved: <paramref name="BookingId"/> is the new booking, <paramref name="PreviousBookingId"/> the one it replaced (kept in history).</summary>
public sealed record AppointmentRescheduled(
    Guid BookingId,
    Guid PreviousBookingId,
    Guid PatientId,
    Guid? CaseId,
    Guid TherapistId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset PreviousStartsAt,
    DateTimeOffset RescheduledAt);
