namespace Ballaura.Scheduling.Bookings;

public enum ClaimedResource
{
    Therapist = 1,
    Room = 2,
    Patient = 3,
}

/// <summary>
/// One 15-minute slot of a therapist, room or patient held by a booking (or a therapist's time off). The primary key
/// (resource, id, slot) is the no-double-booking rule (R14): two bookings racing for a slot both insert, and the
/// database lets exactly one commit — on SQLite and SQL Server alike, with no check-then-insert window.
/// </summary>
public sealed class SlotClaim
{
    public const int SlotMinutes = 15;

    public ClaimedResource Resource { get; private set; }
    public Guid ResourceId { get; private set; }
    public DateTimeOffset SlotStart { get; private set; }
    /// <summary>The booking, or the time off, that holds the slot.</summary>
    public Guid HolderId { get; private set; }

    private SlotClaim()
    {
    }

    /// <summary>The claims a booking needs: every slot from its start to its end, for its therapist, room and patient.</summary>
    public static IEnumerable<SlotClaim> For(Booking booking)
    {
        for (var slot = booking.Start; slot < booking.End; slot = slot.AddMinutes(SlotMinutes))
        {
            yield return new SlotClaim { Resource = ClaimedResource.Therapist, ResourceId = booking.TherapistId, SlotStart = slot, HolderId = booking.Id };
            yield return new SlotClaim { Resource = ClaimedResource.Room, ResourceId = booking.RoomId, SlotStart = slot, HolderId = booking.Id };
            yield return new SlotClaim { Resource = ClaimedResource.Patient, ResourceId = booking.PatientId, SlotStart = slot, HolderId = booking.Id };
        }
    }

    /// <summary>Every slot a therapist's time off touches, so no booking can slip into it while it is being entered.</summary>
    public static IEnumerable<SlotClaim> For(Catalog.TimeOff timeOff)
    {
        var first = Floor(timeOff.Start);
        for (var slot = first; slot < timeOff.End; slot = slot.AddMinutes(SlotMinutes))
        {
            yield return new SlotClaim { Resource = ClaimedResource.Therapist, ResourceId = timeOff.TherapistId, SlotStart = slot, HolderId = timeOff.Id };
        }
    }

    private static DateTimeOffset Floor(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute - (utc.Minute % SlotMinutes), 0, TimeSpan.Zero);
    }

    public static bool OnGrid(DateTimeOffset instant) =>
        instant.UtcDateTime.Second == 0 && instant.UtcDateTime.Millisecond == 0 && instant.UtcDateTime.Ticks % TimeSpan.TicksPerSecond == 0
        && instant.UtcDateTime.Minute % SlotMinutes == 0;
}
