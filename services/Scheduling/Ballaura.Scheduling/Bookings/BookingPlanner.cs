using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Catalog;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Bookings;

/// <summary>A booking the rules agreed to (still to be saved: the database has the last word on overlaps, R14).</summary>
public sealed record BookingPlan(Booking Booking, Therapist Therapist, SchedulingCase? Case, VisitPosition? Position);

/// <summary>
/// Turns a draft into a booking when every rule agrees: the therapist's hours and time off, the channel (R11, R12) and,
/// for an insurance visit, the case (R7–R9, R13). Picks a free room when none was asked for.
/// </summary>
public sealed class BookingPlanner(SchedulingDbContext db, ClinicCalendar calendar, IOptions<SchedulingOptions> options)
{
    public async Task<(BookingPlan? Plan, BookingRefusal? Refusal)> PlanAsync(BookingDraft draft, string bookedBy, CancellationToken cancellationToken)
    {
        var therapist = await db.Therapists.Include(t => t.Hours).FirstOrDefaultAsync(t => t.Id == draft.TherapistId && t.Active, cancellationToken);
        if (therapist is null)
        {
            return Refuse("therapistId", "Unknown therapist.", "No active therapist has this id.");
        }

        if (await OutsideHoursAsync(therapist, draft, cancellationToken) is { } hoursRefusal)
        {
            return (null, hoursRefusal);
        }

        var day = calendar.DateOf(draft.Start);
        var insuranceVisitThatDay = await InsuranceVisitOnAsync(draft.PatientId, day, draft.Replaces, cancellationToken);
        if (ChannelRules.Check(draft, insuranceVisitThatDay, options.Value.ClinicPhone) is { } channelRefusal)
        {
            return (null, channelRefusal);
        }

        SchedulingCase? schedulingCase = null;
        VisitPosition? position = null;
        if (draft.IsInsuranceVisit)
        {
            schedulingCase = await db.SchedulingCases.Include(c => c.Authorizations).FirstOrDefaultAsync(c => c.CaseId == draft.CaseId, cancellationToken);
            if (schedulingCase is null || schedulingCase.PatientId != draft.PatientId)
            {
                return Refuse("caseId", "Unknown case.", "The patient has no insurance case with this id.");
            }

            var card = await db.Cards.FirstOrDefaultAsync(c => c.PatientId == draft.PatientId, cancellationToken);
            var visits = await VisitsHoldingPlaceAsync(schedulingCase.CaseId, draft.Replaces, cancellationToken);
            BookingRefusal? refusal;
            (position, refusal) = InsuranceVisitRules.Check(
                schedulingCase, card, visits, day, calendar.Today, calendar.WeekOf, options.Value.PrescriptionDefaultValidityDays);
            if (refusal is not null)
            {
                return (null, refusal);
            }
        }

        var roomId = draft.RoomId ?? await FreeRoomAsync(draft, cancellationToken);
        if (roomId is null)
        {
            return (null, new BookingRefusal("R14", "No room is free then.", $"Every room is taken at {calendar.Describe(draft.Start)}.", StatusCodes.Status409Conflict));
        }

        if (draft.RoomId is { } asked && !await db.Rooms.AnyAsync(r => r.Id == asked, cancellationToken))
        {
            return Refuse("roomId", "Unknown room.", "No room has this id.");
        }

        var booking = Booking.Make(draft, roomId.Value, schedulingCase?.PrescriptionId, position?.AuthorizationNumber, calendar.Now, bookedBy);
        return (new BookingPlan(booking, therapist, schedulingCase, position), null);
    }

    /// <summary>The case's insurance visits that hold their place (booked, checked in, done), but not the one being moved.</summary>
    public async Task<List<CaseVisit>> VisitsHoldingPlaceAsync(Guid caseId, Guid? except, CancellationToken cancellationToken)
    {
        var visits = await db.Bookings.AsNoTracking()
            .Where(b => b.CaseId == caseId && b.Id != except
                && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.Completed))
            .Select(b => new { b.Start, b.PrescriptionId })
            .ToListAsync(cancellationToken);
        return visits.Select(v => new CaseVisit(v.Start, calendar.DateOf(v.Start), v.PrescriptionId)).ToList();
    }

    private async Task<BookingRefusal?> OutsideHoursAsync(Therapist therapist, BookingDraft draft, CancellationToken cancellationToken)
    {
        var day = calendar.DateOf(draft.Start);
        var hours = therapist.HoursOn(day.DayOfWeek).ToList();
        if (!hours.Any(h => calendar.At(day, h.Start) <= draft.Start && draft.End <= calendar.At(day, h.End)))
        {
            var worked = hours.Count == 0 ? "does not work that day" : "works " + string.Join(", ", hours.Select(h => $"{h.Start:HH\\:mm}–{h.End:HH\\:mm}"));
            return BookingRefusal.ForField("start", "Outside the therapist's working hours.",
                $"{therapist.Name} {worked} on {day:dddd d MMM}; the booking runs {calendar.Describe(draft.Start)} for {(draft.End - draft.Start).TotalMinutes:0} minutes.");
        }

        var away = await db.TimeOff.AsNoTracking()
            .Where(t => t.TherapistId == therapist.Id && t.Start < draft.End && draft.Start < t.End)
            .FirstOrDefaultAsync(cancellationToken);
        return away is null
            ? null
            : BookingRefusal.ForField("start", "The therapist is away then.", $"{therapist.Name} is away from {calendar.Describe(away.Start)} to {calendar.Describe(away.End)}.");
    }

    private async Task<bool> InsuranceVisitOnAsync(Guid patientId, DateOnly day, Guid? except, CancellationToken cancellationToken)
    {
        var from = calendar.StartOfDay(day);
        var to = calendar.StartOfDay(day.AddDays(1));
        return await db.Bookings.AsNoTracking()
            .AnyAsync(b => b.PatientId == patientId && b.CaseId != null && b.Id != except && b.Start >= from && b.Start < to
                && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.Completed), cancellationToken);
    }

    private async Task<Guid?> FreeRoomAsync(BookingDraft draft, CancellationToken cancellationToken)
    {
        var busy = await db.SlotClaims.AsNoTracking()
            .Where(c => c.Resource == ClaimedResource.Room && c.SlotStart >= draft.Start && c.SlotStart < draft.End && c.HolderId != draft.Replaces)
            .Select(c => c.ResourceId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Id).ToListAsync(cancellationToken);
        return rooms.Cast<Guid?>().FirstOrDefault(r => !busy.Contains(r!.Value));
    }

    private static (BookingPlan?, BookingRefusal?) Refuse(string field, string title, string detail) =>
        (null, BookingRefusal.ForField(field, title, detail));
}
