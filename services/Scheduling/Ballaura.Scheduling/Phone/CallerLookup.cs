using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.CallTasks;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Phone;

public sealed record CallerCaseView(Guid CaseId, string CoverageType, string? PayerId, string IntakeStatus, CaseOverview? Scheduling);

public sealed record NextAppointment(Guid BookingId, DateTimeOffset Start, string ClinicLocalStart, Guid TherapistId, bool InsuranceVisit);

public sealed record OpenCallTask(Guid Id, Guid CaseId, DateTimeOffset DueAt, int Attempts);

public sealed record CallerView(
    Guid PatientId,
    string FirstName,
    string LastName,
    IReadOnlyList<CallerCaseView> Cases,
    NextAppointment? NextAppointment,
    IReadOnlyList<OpenCallTask> OpenCallTasks);

/// <summary>
/// The phone system's screen pop: who is calling (from Intake, by the number's last ten digits), each case's status and
/// visits left, the next appointment and any open call task — everything the front desk needs before saying hello.
/// </summary>
public static class CallerLookup
{
    public static RouteGroupBuilder MapCallerLookup(this RouteGroupBuilder api)
    {
        api.MapGet("/callers/{phone}", HandleAsync).WithName("LookUpCaller").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<List<CallerView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        string phone, SchedulingDbContext db, IntakeDirectory intake, CaseOverviews overviews, ClinicCalendar calendar, IPhiAudit audit,
        CancellationToken cancellationToken)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is < 10 or > 15)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = ["The caller's number: 10 to 15 digits."] });
        }

        List<Contracts.Intake.CallerMatch> matches;
        try
        {
            matches = await intake.FindCallersAsync(digits[^10..], cancellationToken);
        }
        catch (HttpRequestException)
        {
            return TypedResults.Problem(title: "Caller lookup is unavailable.", detail: "Intake did not answer; look the patient up by name in the staff console.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var now = calendar.Now;
        var views = new List<CallerView>(matches.Count);
        foreach (var match in matches)
        {
            audit.Record(new PhiAccess("read", "caller-lookup", match.PatientId.ToString(), match.PatientId, PhiAccessOutcome.Allowed));
            var cases = new List<CallerCaseView>();
            foreach (var c in match.Cases)
            {
                cases.Add(new CallerCaseView(c.CaseId, c.CoverageType.ToString(), c.PayerId, c.Status, await overviews.ForAsync(c.CaseId, cancellationToken)));
            }

            var next = await db.Bookings.AsNoTracking()
                .Where(b => b.PatientId == match.PatientId && b.Status == BookingStatus.Booked && b.Start > now)
                .OrderBy(b => b.Start).FirstOrDefaultAsync(cancellationToken);
            var tasks = await db.CallTasks.AsNoTracking()
                .Where(t => t.PatientId == match.PatientId && t.Status == CallTaskStatus.Open)
                .OrderBy(t => t.DueAt).Select(t => new OpenCallTask(t.Id, t.CaseId, t.DueAt, t.Attempts)).ToListAsync(cancellationToken);
            views.Add(new CallerView(match.PatientId, match.FirstName, match.LastName, cases,
                next is null ? null : new NextAppointment(next.Id, next.Start, calendar.Describe(next.Start), next.TherapistId, next.IsInsuranceVisit),
                tasks));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(views);
    }
}
