namespace Ballaura.Scheduling.Bookings;

/// <summary>A booking as asked for, before the rules and the database have agreed to it.</summary>
/// <param name="Replaces">The booking a reschedule moves (it no longer counts against the new one).</param>
public sealed record BookingDraft(
    Guid PatientId,
    Guid? CaseId,
    Guid TherapistId,
    Guid? RoomId,
    DateTimeOffset Start,
    IReadOnlyList<BookingItem> Items,
    BookingChannel Channel,
    Guid? Replaces)
{
    public DateTimeOffset End => Start.AddMinutes(Items.Sum(i => i.Minutes));

    public bool IsInsuranceVisit => Items.Any(i => i.Insurance);
}
