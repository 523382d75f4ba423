using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Bookings;

/// <param name="ByClinic">The clinic cancels (a therapist is ill): never a fee. Staff only.</param>
public sealed record CancelRequest(string? Reason, bool? ByClinic);

/// <summary>
/// Cancels a booking, or marks a no-show after its start (R10). The 24-hour rule is elapsed time: 24 hours or more
/// before the start is free; less raises <see cref="LateCancellationFeeDue"/>; a no-show raises <see cref="NoShowFeeDue"/>.
/// The booking stays as history and its time is freed.
/// </summary>
public static class CancelBooking
{
    public static RouteGroupBuilder MapCancelBooking(this RouteGroupBuilder api)
    {
        api.MapPost("/bookings/{bookingId:guid}/cancel", CancelAsync).WithName("CancelBooking").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<BookingResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/bookings/{bookingId:guid}/no-show", NoShowAsync).WithName("MarkNoShow").RequireAuthorization(BallauraPolicies.FrontDesk)
            .Produces<BookingResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    internal static async Task<IResult> CancelAsync(
        Guid bookingId, CancelRequest request, HttpContext http, SchedulingDbContext db, BookingViews views, IOutbox outbox, IPhiAudit audit,
        ClinicCalendar calendar, IOptions<SchedulingOptions> options, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var booking = await BookingAccess.FindAsync(db, bookingId, caller, audit, "update", cancellationToken);
        var errors = new RequestErrors()
            .Check(request.Reason is null || request.Reason.Length <= 300, "reason", "At most 300 characters.")
            .Check(request.ByClinic is not true || caller.IsStaff, "byClinic", "Only the clinic's staff cancel on the clinic's behalf.");
        var now = calendar.Now;
        if (booking is null || errors.Any || booking.Status != BookingStatus.Booked || booking.Start <= now)
        {
            await db.SaveChangesAsync(cancellationToken);
            return booking is null ? BookingAccess.NotFound()
                : errors.Any ? errors.ToProblem()
                : BookingAccess.WrongState(booking, booking.Status == BookingStatus.Booked
                    ? "The visit has started: check the patient in, or mark a no-show."
                    : "Only a booked visit can be cancelled.");
        }

        var byClinic = request.ByClinic is true;
        var late = !byClinic && CancellationRule.IsLate(booking.Start, now, options.Value.FreeCancellationNotice);
        booking.Cancel(now, caller.Subject, request.Reason?.Trim() is { Length: > 0 } reason ? reason : "No reason given.", byClinic, late ? CancellationRule.LateCancellation : null);
        db.SlotClaims.RemoveRange(await db.SlotClaims.Where(c => c.HolderId == booking.Id).ToListAsync(cancellationToken));
        outbox.Publish(new AppointmentCancelled(booking.Id, booking.PatientId, booking.CaseId, booking.Start, now, byClinic, late));
        if (late)
        {
            outbox.Publish(new LateCancellationFeeDue(booking.Id, booking.PatientId, booking.CaseId, await CoverageOfAsync(db, booking, cancellationToken),
                booking.Start, now, CancellationRule.HoursBefore(booking.Start, now), CancellationRule.LateCancellation));
        }

        return await BookingAccess.SaveAndShowAsync(db, booking, views, cancellationToken);
    }

    internal static async Task<IResult> NoShowAsync(
        Guid bookingId, HttpContext http, SchedulingDbContext db, BookingViews views, IOutbox outbox, IPhiAudit audit, ClinicCalendar calendar,
        CancellationToken cancellationToken)
    {
        var booking = await BookingAccess.FindAsync(db, bookingId, http.Caller(), audit, "update", cancellationToken);
        var now = calendar.Now;
        if (booking is null || booking.Status != BookingStatus.Booked || now < booking.Start)
        {
            await db.SaveChangesAsync(cancellationToken);
            return booking is null ? BookingAccess.NotFound()
                : BookingAccess.WrongState(booking, booking.Status == BookingStatus.Booked
                    ? $"A no-show is marked after the visit's start ({calendar.Describe(booking.Start)})."
                    : "Only a booked visit the patient did not come to can be marked as a no-show.");
        }

        booking.MarkNoShow(now, CancellationRule.NoShow);
        outbox.Publish(new NoShowFeeDue(booking.Id, booking.PatientId, booking.CaseId, await CoverageOfAsync(db, booking, cancellationToken),
            booking.Start, now, CancellationRule.NoShow));
        return await BookingAccess.SaveAndShowAsync(db, booking, views, cancellationToken);
    }

    private static async Task<Contracts.CoverageType?> CoverageOfAsync(SchedulingDbContext db, Booking booking, CancellationToken cancellationToken) =>
        booking.CaseId is { } caseId
            ? await db.SchedulingCases.Where(c => c.CaseId == caseId).Select(c => c.CoverageType).FirstOrDefaultAsync(cancellationToken)
            : null;
}
