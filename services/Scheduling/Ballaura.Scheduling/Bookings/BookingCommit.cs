using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Persistence;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Scheduling.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Bookings;

/// <summary>A booking the database refused; <paramref name="OnlyTheRoom"/>: the therapist and patient were free, another room may do.</summary>
public sealed record SaveConflict(BookingRefusal Refusal, bool OnlyTheRoom);

/// <summary>
/// Saves a planned booking with its slot claims, its events and its reminder in one transaction. When another booking
/// took a slot first, the database refuses the claims and the caller gets a 409 naming what is taken (R14); nothing
/// of the booking is kept.
/// </summary>
public sealed class BookingCommit(SchedulingDbContext db, IOutbox outbox, ClinicCalendar calendar, IOptions<SchedulingOptions> options)
{
    public void Stage(BookingPlan plan)
    {
        db.Bookings.Add(plan.Booking);
        db.SlotClaims.AddRange(SlotClaim.For(plan.Booking));
        plan.Case?.BookingChanged();
        ScheduleReminder(plan.Booking);
    }

    public void ScheduleReminder(Booking booking)
    {
        var now = calendar.Now;
        var at = booking.Start - options.Value.ReminderLead;
        // A visit booked inside the reminder window (but more than a day ahead) is reminded at once; one booked less than a day ahead is not.
        if (booking.Start - now <= TimeSpan.FromHours(24))
        {
            return;
        }

        outbox.Publish(new ReminderCheck(booking.Id, booking.Start), at > now ? at : null);
    }

    /// <returns>Null when saved; otherwise why not, and whether only the (automatically chosen) room was taken meanwhile.</returns>
    public async Task<SaveConflict?> SaveAsync(Booking booking, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return exception is DbUpdateConcurrencyException
                ? new SaveConflict(new BookingRefusal(null, "Changed at the same moment.",
                    "Another booking or change on this case or booking was saved first. Look again and retry.", StatusCodes.Status409Conflict), OnlyTheRoom: false)
                : await DescribeConflictAsync(booking, cancellationToken);
        }
    }

    private async Task<SaveConflict> DescribeConflictAsync(Booking booking, CancellationToken cancellationToken)
    {
        var taken = await db.SlotClaims.AsNoTracking()
            .Where(c => c.SlotStart >= booking.Start && c.SlotStart < booking.End
                && ((c.Resource == ClaimedResource.Therapist && c.ResourceId == booking.TherapistId)
                    || (c.Resource == ClaimedResource.Room && c.ResourceId == booking.RoomId)
                    || (c.Resource == ClaimedResource.Patient && c.ResourceId == booking.PatientId)))
            .Select(c => c.Resource)
            .Distinct()
            .ToListAsync(cancellationToken);
        var what = taken.Count == 0 ? "the slot" : string.Join(" and ", taken.Order().Select(r => r switch
        {
            ClaimedResource.Therapist => "the therapist",
            ClaimedResource.Room => "the room",
            _ => "the patient",
        }));
        var refusal = new BookingRefusal("R14", "That time was just taken.",
            $"{char.ToUpperInvariant(what[0])}{what[1..]} already has a booking at {calendar.Describe(booking.Start)}. Choose another time.", StatusCodes.Status409Conflict);
        return new SaveConflict(refusal, OnlyTheRoom: taken is [ClaimedResource.Room]);
    }

    public void Announce(Booking booking) => outbox.Publish(new AppointmentBooked(
        booking.Id, booking.PatientId, booking.CaseId, booking.TherapistId, booking.Start, booking.End,
        ChannelName(booking.Channel), booking.Items.Select(i => i.ServiceCode).ToList(), booking.BookedAt));

    public static string ChannelName(BookingChannel channel) => channel switch
    {
        BookingChannel.PhoneSystem => "phone-system",
        BookingChannel.FrontDesk => "front-desk",
        _ => "web",
    };
}
