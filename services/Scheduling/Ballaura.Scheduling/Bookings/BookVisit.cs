using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Bookings;

/// <summary>
/// Books a visit. The phone system and front desk book insurance visits with their add-ons (R11, R12); patients on the
/// web book non-insurance services for themselves. Every refusal names its rule; an overlap is refused by the database (R14).
/// </summary>
public static class BookVisit
{
    private const int MaxRoomAttempts = 3;

    public static RouteGroupBuilder MapBookVisit(this RouteGroupBuilder api)
    {
        api.MapPost("/bookings", HandleAsync).WithName("BookVisit").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<BookingResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        BookingRequest request, HttpContext http, SchedulingDbContext db, BookingPlanner planner, BookingCommit commit, BookingViews views,
        IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        if ((request.PatientId ?? caller.PatientId) is not { } patientId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["patientId"] = ["Name the patient the visit is for."] });
        }

        var allowed = caller.MaySeePatient(patientId) && (caller.IsPatient || await db.SchedulingCases.AnyAsync(c => c.PatientId == patientId, cancellationToken));
        var access = new PhiAccess("create", "booking", null, patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.NotFound);
        if (!allowed)
        {
            await audit.RecordNowAsync(access, cancellationToken);
            return TypedResults.Problem(title: "Unknown patient.", detail: "No patient with this id has a case at the clinic.", statusCode: StatusCodes.Status404NotFound);
        }

        var (draft, problem) = await BookingRequestReader.ReadAsync(request, patientId, caller, replaces: null, db, time.GetUtcNow(), cancellationToken);
        if (problem is not null)
        {
            await audit.RecordNowAsync(access, cancellationToken);
            return problem;
        }

        // Two callers booking different therapists at once may both be given the same free room: the one that loses
        // the room (and only the room) is planned again, and gets the next room that is free.
        for (var attempt = 1; ; attempt++)
        {
            var (plan, refusal) = await planner.PlanAsync(draft!, caller.Subject, cancellationToken);
            if (refusal is not null)
            {
                await audit.RecordNowAsync(access, cancellationToken);
                return refusal.ToProblem();
            }

            commit.Stage(plan!);
            commit.Announce(plan!.Booking);
            audit.Record(access with { ResourceId = plan.Booking.Id.ToString() });
            var conflict = await commit.SaveAsync(plan.Booking, cancellationToken);
            if (conflict is null)
            {
                return TypedResults.Created($"/api/scheduling/bookings/{plan.Booking.Id}", await views.OneAsync(plan.Booking, cancellationToken));
            }

            if (!conflict.OnlyTheRoom || draft!.RoomId is not null || attempt == MaxRoomAttempts)
            {
                await audit.RecordNowAsync(access, cancellationToken);
                return conflict.Refusal.ToProblem();
            }
        }
    }
}
