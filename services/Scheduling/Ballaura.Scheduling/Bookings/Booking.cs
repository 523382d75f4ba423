using Ballaura.Scheduling.Visits;

namespace Ballaura.Scheduling.Bookings;

public enum BookingChannel
{
    PhoneSystem = 1,
    FrontDesk = 2,
    Web = 3,
}

public enum BookingStatus
{
    Booked = 1,
    CheckedIn = 2,
    Completed = 3,
    Cancelled = 4,
    NoShow = 5,

    /// <summary>Moved to another time: <see cref="Booking.RescheduledToId"/> is the booking that replaced it.</summary>
    Rescheduled = 6,
}

/// <summary>One service in a booking: the insurance massage, or an add-on booked with it (R12).</summary>
public sealed record BookingItem(string ServiceCode, string Name, int Minutes, decimal? Price, bool Insurance);

/// <summary>
/// A visit on the calendar: one patient, one therapist, one room, consecutive services. Its time is held by its slot
/// claims (the database refuses a second claim on the same slot: R14); a booking is never deleted — cancelled,
/// rescheduled and no-show bookings stay as history.
/// </summary>
public sealed class Booking
{
    private readonly List<BookingItem> _items = [];

    public Guid Id { get; private set; }
    public Guid PatientId { get; private set; }

    /// <summary>The insurance case an insurance visit is billed to; null for a booking of non-insurance services only.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>The prescription an insurance visit uses (R13).</summary>
    public Guid? PrescriptionId { get; private set; }

    /// <summary>The payer's authorization this visit is booked under (REF*G1 on the claim), when one was needed or given.</summary>
    public string? AuthorizationNumber { get; private set; }

    public Guid TherapistId { get; private set; }
    public Guid RoomId { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public BookingChannel Channel { get; private set; }
    public BookingStatus Status { get; private set; }
    public IReadOnlyList<BookingItem> Items => _items;
    public DateTimeOffset BookedAt { get; private set; }
    public string BookedBy { get; private set; } = "";

    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelledBy { get; private set; }
    public string? CancelReason { get; private set; }
    public bool CancelledByClinic { get; private set; }

    /// <summary>The fee rule that applied when the booking ended without a visit (R10), or null when none did.</summary>
    public string? FeeRule { get; private set; }

    public Guid? RescheduledFromId { get; private set; }
    public Guid? RescheduledToId { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? NoShowMarkedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public SessionRecord? Session { get; private set; }

    /// <summary>Two staff acting on the same booking at once: the second is refused, not merged.</summary>
    public int Version { get; private set; }

    private Booking()
    {
    }

    public static Booking Make(BookingDraft draft, Guid roomId, Guid? prescriptionId, string? authorizationNumber, DateTimeOffset now, string bookedBy)
    {
        var booking = new Booking
        {
            Id = Guid.CreateVersion7(),
            PatientId = draft.PatientId,
            CaseId = draft.CaseId,
            PrescriptionId = prescriptionId,
            AuthorizationNumber = authorizationNumber,
            TherapistId = draft.TherapistId,
            RoomId = roomId,
            Start = draft.Start,
            End = draft.End,
            Channel = draft.Channel,
            Status = BookingStatus.Booked,
            BookedAt = now,
            BookedBy = bookedBy,
            RescheduledFromId = draft.Replaces,
        };
        booking._items.AddRange(draft.Items);
        return booking;
    }

    public bool IsInsuranceVisit => _items.Any(i => i.Insurance);

    /// <summary>Booked, checked in or done: it holds its time and uses a prescribed visit. Cancelled and no-show visits do not (R13).</summary>
    public bool UsesVisit => Status is BookingStatus.Booked or BookingStatus.CheckedIn or BookingStatus.Completed;

    public void Cancel(DateTimeOffset now, string by, string reason, bool byClinic, string? feeRule)
    {
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        CancelledBy = by;
        CancelReason = reason;
        CancelledByClinic = byClinic;
        FeeRule = feeRule;
        Version++;
    }

    public void MovedTo(Guid replacement, DateTimeOffset now, string by)
    {
        Status = BookingStatus.Rescheduled;
        RescheduledToId = replacement;
        CancelledAt = now;
        CancelledBy = by;
        Version++;
    }

    public void MarkNoShow(DateTimeOffset now, string feeRule)
    {
        Status = BookingStatus.NoShow;
        NoShowMarkedAt = now;
        FeeRule = feeRule;
        Version++;
    }

    public void CheckIn(DateTimeOffset now)
    {
        Status = BookingStatus.CheckedIn;
        CheckedInAt = now;
        Version++;
    }

    public void Record(SessionRecord session)
    {
        Session = session;
        Version++;
    }

    public void Complete(DateTimeOffset now)
    {
        Status = BookingStatus.Completed;
        CompletedAt = now;
        Version++;
    }
}
