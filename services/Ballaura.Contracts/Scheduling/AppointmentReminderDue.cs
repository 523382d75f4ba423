namespace Ballaura.Contracts.Scheduling;

/// <summary>A booked visit starts in 24–48 hours and is still booked: remind the patient (Notifications).</summary>
public sealed record AppointmentReminderDue(Guid BookingId, Guid PatientId, Guid? CaseId, DateTimeOffset StartsAt, string ClinicLocalStart);
