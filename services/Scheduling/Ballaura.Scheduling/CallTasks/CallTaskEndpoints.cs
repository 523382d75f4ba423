using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.CallTasks;

public sealed record CallTaskResponse(
    Guid Id,
    Guid CaseId,
    Guid PatientId,
    string Status,
    DateTimeOffset DueAt,
    int Attempts,
    string? TakenBy,
    DateTimeOffset? TakenUntil,
    IReadOnlyList<CallOutcome> Outcomes,
    CaseOverview? Case);

/// <param name="Outcome">booked, no-answer, call-again or declined.</param>
public sealed record CallOutcomeRequest(string? Outcome, string? Note, DateTimeOffset? CallAgainAt, Guid? BookingId);

/// <summary>
/// The call-back queue (R9) for the phone system and the front desk: the open tasks by due time, "take the next one"
/// (held for a short lease so two callers never ring the same patient), and each call's outcome. Only a booking or
/// the patient declining closes a task; no answer moves it to the next calling time.
/// </summary>
public static class CallTaskEndpoints
{
    public static RouteGroupBuilder MapCallTasks(this RouteGroupBuilder api)
    {
        api.MapGet("/call-tasks", ListAsync).WithName("ListCallTasks").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<List<CallTaskResponse>>();
        api.MapPost("/call-tasks/next", TakeNextAsync).WithName("TakeNextCallTask").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<CallTaskResponse>().Produces(StatusCodes.Status204NoContent);
        api.MapPost("/call-tasks/{taskId:guid}/outcome", RecordOutcomeAsync).WithName("RecordCallOutcome").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<CallTaskResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> ListAsync(SchedulingDbContext db, CaseOverviews overviews, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var tasks = await db.CallTasks.AsNoTracking().Where(t => t.Status == CallTaskStatus.Open).OrderBy(t => t.DueAt).Take(200).ToListAsync(cancellationToken);
        audit.Record(new PhiAccess("list", "call-tasks", null, null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        var result = new List<CallTaskResponse>(tasks.Count);
        foreach (var task in tasks)
        {
            result.Add(ToResponse(task, await overviews.ForAsync(task.CaseId, cancellationToken)));
        }

        return TypedResults.Ok(result);
    }

    /// <summary>
    /// Claims the first due task nobody holds. The claim is a conditional update, so two callers asking at once get
    /// different tasks (or one gets none), on SQLite and SQL Server alike.
    /// </summary>
    internal static async Task<IResult> TakeNextAsync(
        HttpContext http, SchedulingDbContext db, CaseOverviews overviews, IPhiAudit audit, ClinicCalendar calendar, IOptions<SchedulingOptions> options,
        CancellationToken cancellationToken)
    {
        var caller = http.Caller().Subject;
        var now = calendar.Now;
        var until = now + options.Value.CallTaskLease;
        var candidates = await db.CallTasks.AsNoTracking()
            .Where(t => t.Status == CallTaskStatus.Open && t.DueAt <= now && (t.TakenUntil == null || t.TakenUntil < now))
            .OrderBy(t => t.DueAt)
            .Select(t => t.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var taken = await db.CallTasks
                .Where(t => t.Id == id && t.Status == CallTaskStatus.Open && (t.TakenUntil == null || t.TakenUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.TakenBy, caller).SetProperty(t => t.TakenUntil, until), cancellationToken);
            if (taken == 1)
            {
                var task = await db.CallTasks.AsNoTracking().FirstAsync(t => t.Id == id, cancellationToken);
                audit.Record(new PhiAccess("read", "call-task", id.ToString(), task.PatientId, PhiAccessOutcome.Allowed));
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(ToResponse(task, await overviews.ForAsync(task.CaseId, cancellationToken)));
            }
        }

        return TypedResults.NoContent();
    }

    internal static async Task<IResult> RecordOutcomeAsync(
        Guid taskId, CallOutcomeRequest request, HttpContext http, SchedulingDbContext db, CaseOverviews overviews, CallingHours callingHours,
        IPhiAudit audit, ClinicCalendar calendar, IOptions<SchedulingOptions> options, CancellationToken cancellationToken)
    {
        var caller = http.Caller().Subject;
        var now = calendar.Now;
        var task = await db.CallTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        audit.Record(new PhiAccess("update", "call-task", taskId.ToString(), task?.PatientId, task is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (task is null || task.Status != CallTaskStatus.Open || task.IsTakenByOtherThan(caller, now))
        {
            await db.SaveChangesAsync(cancellationToken);
            return task is null
                ? TypedResults.Problem(title: "Unknown call task.", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Problem(title: task.Status == CallTaskStatus.Open ? "Someone else is on this call." : "The call task is closed.",
                    detail: task.Status == CallTaskStatus.Open ? $"{task.TakenBy} holds it until {calendar.Describe(task.TakenUntil!.Value)}." : null,
                    statusCode: StatusCodes.Status409Conflict);
        }

        var kind = Parse(request.Outcome);
        var booked = kind == CallOutcomeKind.Booked && request.BookingId is { } bookingId
            && await db.Bookings.AnyAsync(b => b.Id == bookingId && b.CaseId == task.CaseId && b.Status == BookingStatus.Booked, cancellationToken);
        var errors = new RequestErrors()
            .Check(kind is not null, "outcome", "One of: booked, no-answer, call-again, declined.")
            .Check(kind != CallOutcomeKind.Booked || booked, "bookingId", "A booked call names the booking made on this case.")
            .Check(kind != CallOutcomeKind.CallAgain || request.CallAgainAt > now, "callAgainAt", "When to call again: a time in the future.")
            .Check(kind != CallOutcomeKind.Declined || !string.IsNullOrWhiteSpace(request.Note), "note", "Say why the patient declined.")
            .Check(request.Note is null || request.Note.Length <= 500, "note", "At most 500 characters.");
        if (errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return errors.ToProblem();
        }

        DateTimeOffset? nextDue = kind switch
        {
            CallOutcomeKind.NoAnswer => callingHours.NextFrom(now + options.Value.CallAgainAfterNoAnswer),
            CallOutcomeKind.CallAgain => request.CallAgainAt,
            _ => null,
        };
        task.Record(new CallOutcome(now, caller, kind!.Value, request.Note?.Trim(), nextDue, request.BookingId), nextDue);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(task, await overviews.ForAsync(task.CaseId, cancellationToken)));
    }

    private static CallOutcomeKind? Parse(string? outcome) => outcome switch
    {
        "booked" => CallOutcomeKind.Booked,
        "no-answer" => CallOutcomeKind.NoAnswer,
        "call-again" => CallOutcomeKind.CallAgain,
        "declined" => CallOutcomeKind.Declined,
        _ => null,
    };

    private static CallTaskResponse ToResponse(CallTask task, CaseOverview? overview) =>
        new(task.Id, task.CaseId, task.PatientId, task.Status.ToString(), task.DueAt, task.Attempts, task.TakenBy, task.TakenUntil, task.Outcomes, overview);
}
