using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Bookings;

/// <summary>What changes in a reschedule; anything left out stays as it was.</summary>
public sealed record RescheduleRequest(DateTimeOffset? Start, Guid? TherapistId, Guid? RoomId, List<string>? Services);

/// <summary>
/// Moves a booking: a new booking replaces the old one (kept as history, status Rescheduled), under the same rules as a
/// new booking — an insurance visit only by phone or front desk (R11), add-ons joined to it here (R12).
/// </summary>
public static class RescheduleBooking
{
    public static RouteGroupBuilder MapRescheduleBooking(this RouteGroupBuilder api)
    {
        api.MapPost("/bookings/{bookingId:guid}/reschedule", HandleAsync).WithName("RescheduleBooking").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<BookingResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        Guid bookingId, RescheduleRequest request, HttpContext http, SchedulingDbContext db, BookingPlanner planner, BookingCommit commit,
        BookingViews views, IOutbox outbox, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var old = await BookingAccess.FindAsync(db, bookingId, caller, audit, "update", cancellationToken);
        var now = time.GetUtcNow();
        if (old is null || old.Status != BookingStatus.Booked || old.Start <= now)
        {
            await db.SaveChangesAsync(cancellationToken);
            return old is null ? BookingAccess.NotFound() : BookingAccess.WrongState(old, "Only a booked visit that has not started can be moved.");
        }

        var asked = new BookingRequest(old.PatientId, old.CaseId, request.TherapistId ?? old.TherapistId, request.RoomId,
            request.Start ?? old.Start, request.Services ?? old.Items.Select(i => i.ServiceCode).ToList());
        var (draft, problem) = await BookingRequestReader.ReadAsync(asked, old.PatientId, caller, replaces: old.Id, db, now, cancellationToken);
        var (plan, refusal) = draft is null ? (null, null) : await planner.PlanAsync(draft, caller.Subject, cancellationToken);
        if (problem is not null || refusal is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return problem is not null ? problem : refusal!.ToProblem();
        }

        var replacement = plan!.Booking;
        old.MovedTo(replacement.Id, now, caller.Subject);
        db.SlotClaims.RemoveRange(await db.SlotClaims.Where(c => c.HolderId == old.Id).ToListAsync(cancellationToken));
        commit.Stage(plan);
        outbox.Publish(new AppointmentRescheduled(replacement.Id, old.Id, old.PatientId, old.CaseId, replacement.TherapistId,
            replacement.Start, replacement.End, old.Start, now));
        audit.Record(new PhiAccess("create", "booking", replacement.Id.ToString(), old.PatientId, PhiAccessOutcome.Allowed));
        if (await commit.SaveAsync(replacement, cancellationToken) is { } conflict)
        {
            await audit.RecordNowAsync(new PhiAccess("update", "booking", old.Id.ToString(), old.PatientId, PhiAccessOutcome.Allowed), cancellationToken);
            return conflict.Refusal.ToProblem();
        }

        return TypedResults.Ok(await views.OneAsync(replacement, cancellationToken));
    }
}
