using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Visits;

public sealed record ModalityRequest(string? Modality, int? Minutes);

public sealed record SessionRequest(List<ModalityRequest>? Modalities, List<string>? Goals, int? RecommendedVisits, string? Notes, List<string>? AddOnsPerformed);

/// <summary>
/// The visit itself (R15): the front desk checks the patient in on the day, the therapist records the session
/// (minutes per modality, goals, the recommended series, the add-ons performed), and completing it tells Billing
/// everything it charges and claims (<see cref="VisitCompleted"/>).
/// </summary>
public static class VisitEndpoints
{
    private const int MaxNotes = 2000;

    public static RouteGroupBuilder MapVisits(this RouteGroupBuilder api)
    {
        api.MapPost("/bookings/{bookingId:guid}/check-in", CheckInAsync).WithName("CheckIn").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<BookingResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/bookings/{bookingId:guid}/session", RecordAsync).WithName("RecordSession").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<SessionRecord>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/bookings/{bookingId:guid}/session", GetAsync).WithName("GetSession").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<SessionRecord>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/bookings/{bookingId:guid}/complete", CompleteAsync).WithName("CompleteVisit").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<BookingResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>From <see cref="SchedulingOptions.CheckInOpensBefore"/> before the start until the visit's end.</summary>
    internal static async Task<IResult> CheckInAsync(
        Guid bookingId, HttpContext http, SchedulingDbContext db, BookingViews views, IPhiAudit audit, ClinicCalendar calendar,
        IOptions<SchedulingOptions> options, CancellationToken cancellationToken)
    {
        var booking = await BookingAccess.FindAsync(db, bookingId, http.Caller(), audit, "update", cancellationToken);
        var now = calendar.Now;
        var opens = booking is null ? now : booking.Start - options.Value.CheckInOpensBefore;
        if (booking is null || booking.Status != BookingStatus.Booked || now < opens || now >= booking.End)
        {
            await db.SaveChangesAsync(cancellationToken);
            return booking is null ? BookingAccess.NotFound()
                : BookingAccess.WrongState(booking, booking.Status != BookingStatus.Booked ? "Only a booked visit can be checked in."
                    : now < opens ? $"Check-in opens at {calendar.Describe(opens)}." : "The visit's time is over: mark a no-show instead.");
        }

        booking.CheckIn(calendar.Now);
        return await BookingAccess.SaveAndShowAsync(db, booking, views, cancellationToken);
    }

    internal static async Task<IResult> RecordAsync(
        Guid bookingId, SessionRequest request, HttpContext http, SchedulingDbContext db, IPhiAudit audit, ClinicCalendar calendar, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var booking = await BookingAccess.FindAsync(db, bookingId, caller, audit, "update", cancellationToken);
        if (booking is null || booking.Status != BookingStatus.CheckedIn)
        {
            await db.SaveChangesAsync(cancellationToken);
            return booking is null ? BookingAccess.NotFound() : BookingAccess.WrongState(booking, "The session is recorded once the patient is checked in, before the visit is completed.");
        }

        var errors = Validate(request, booking);
        if (errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return errors.ToProblem();
        }

        var session = new SessionRecord(
            request.Modalities!.Select(m => new ModalityTime(m.Modality!, m.Minutes!.Value)).ToList(),
            request.Goals!,
            request.RecommendedVisits,
            string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            request.AddOnsPerformed ?? booking.Items.Where(i => !i.Insurance).Select(i => i.ServiceCode).ToList(),
            calendar.Now,
            caller.Subject);
        booking.Record(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BookingAccess.ChangedMeanwhile();
        }

        return TypedResults.Ok(session);
    }

    internal static async Task<IResult> GetAsync(Guid bookingId, HttpContext http, SchedulingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var booking = await BookingAccess.FindAsync(db, bookingId, http.Caller(), audit, "read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return booking?.Session is { } session ? TypedResults.Ok(session) : BookingAccess.NotFound();
    }

    internal static async Task<IResult> CompleteAsync(
        Guid bookingId, HttpContext http, SchedulingDbContext db, BookingViews views, IOutbox outbox, IPhiAudit audit, ClinicCalendar calendar,
        CancellationToken cancellationToken)
    {
        var booking = await BookingAccess.FindAsync(db, bookingId, http.Caller(), audit, "update", cancellationToken);
        if (booking is null || booking.Status != BookingStatus.CheckedIn || booking.Session is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return booking is null ? BookingAccess.NotFound()
                : BookingAccess.WrongState(booking, booking.Status == BookingStatus.CheckedIn ? "Record the session (minutes per modality) before completing the visit." : "Only a checked-in visit can be completed.");
        }

        var therapist = await db.Therapists.AsNoTracking().FirstAsync(t => t.Id == booking.TherapistId, cancellationToken);
        var coverage = booking.CaseId is { } caseId
            ? await db.SchedulingCases.Where(c => c.CaseId == caseId).Select(c => c.CoverageType).FirstOrDefaultAsync(cancellationToken)
            : null;
        var visitNumber = booking.CaseId is { } id
            ? await db.Bookings.CountAsync(b => b.CaseId == id && b.Start <= booking.Start
                && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.Completed), cancellationToken)
            : (int?)null;
        var now = calendar.Now;
        booking.Complete(now);
        var session = booking.Session;
        outbox.Publish(new VisitCompleted(
            booking.Id, booking.PatientId, booking.CaseId, coverage, booking.PrescriptionId, booking.TherapistId, therapist.Npi, therapist.Name,
            booking.Start, calendar.DateOf(booking.Start), visitNumber, booking.AuthorizationNumber,
            session.Modalities.Select(m => new ModalityMinutes(m.Modality, m.Minutes)).ToList(),
            booking.Items.Where(i => !i.Insurance && session.AddOnsPerformed.Contains(i.ServiceCode))
                .Select(i => new AddOnPerformed(i.ServiceCode, i.Name, i.Price ?? 0m)).ToList(),
            now));
        return await BookingAccess.SaveAndShowAsync(db, booking, views, cancellationToken);
    }

    private static RequestErrors Validate(SessionRequest request, Booking booking)
    {
        var modalities = request.Modalities ?? [];
        var goals = request.Goals ?? [];
        var booked = booking.Items.Where(i => !i.Insurance).Select(i => i.ServiceCode).ToHashSet(StringComparer.Ordinal);
        var bookedMinutes = (int)(booking.End - booking.Start).TotalMinutes;
        return new RequestErrors()
            .Check(modalities.Count > 0, "modalities", "Record the minutes of at least one modality.")
            .Check(modalities.All(m => m.Modality is not null && TreatmentVocabulary.Modalities.Contains(m.Modality)), "modalities",
                $"Modalities are: {string.Join(", ", TreatmentVocabulary.Modalities)} (R15).")
            .Check(modalities.All(m => m.Minutes is > 0 and <= 120), "modalities", "Minutes per modality are between 1 and 120.")
            .Check(modalities.Select(m => m.Modality).Distinct().Count() == modalities.Count, "modalities", "Each modality once, with its total minutes.")
            .Check(modalities.Sum(m => m.Minutes ?? 0) <= bookedMinutes, "modalities", $"The minutes add up to more than the {bookedMinutes} minutes booked.")
            .Check(goals.Count > 0 && goals.All(TreatmentVocabulary.Goals.Contains), "goals", $"Goals are: {string.Join(", ", TreatmentVocabulary.Goals)} (R15).")
            .Check(request.RecommendedVisits is null or (>= 1 and <= 52), "recommendedVisits", "A recommended series of 1 to 52 visits.")
            .Check(request.Notes is null || request.Notes.Length <= MaxNotes, "notes", $"At most {MaxNotes} characters.")
            .Check(request.AddOnsPerformed is null || request.AddOnsPerformed.All(booked.Contains), "addOnsPerformed", "Only add-ons booked with this visit can be recorded as performed.");
    }
}
