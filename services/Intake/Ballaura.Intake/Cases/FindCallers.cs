using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>
/// Who is calling: the patients whose phone number ends in the caller's ten digits, with their cases — for Scheduling's
/// screen pop only (role "service"), each match audited.
/// </summary>
public static class FindCallers
{
    private const int MaxMatches = 5;

    public static RouteGroupBuilder MapFindCallers(this RouteGroupBuilder api)
    {
        api.MapGet("/callers/{phone}", HandleAsync).WithName("FindCallers").RequireAuthorization(BallauraPolicies.InternalService)
            .Produces<List<CallerMatch>>().ProducesValidationProblem();
        return api;
    }

    internal static async Task<IResult> HandleAsync(string phone, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        if (Patient.KeyOf(phone) is not { } key)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = ["A phone number of at least ten digits."] });
        }

        var patients = await db.Patients.AsNoTracking().Where(p => p.PhoneKey == key).OrderBy(p => p.LastName).Take(MaxMatches).ToListAsync(cancellationToken);
        var ids = patients.Select(p => p.Id).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.PatientId)).ToListAsync(cancellationToken);
        foreach (var patient in patients)
        {
            audit.Record(new PhiAccess("read", "caller-lookup", patient.Id.ToString(), patient.Id, PhiAccessOutcome.Allowed));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(patients.Select(p => new CallerMatch(p.Id, p.FirstName, p.LastName,
            cases.Where(c => c.PatientId == p.Id).OrderByDescending(c => c.OpenedAt)
                .Select(c => new CallerCase(c.Id, c.CoverageType, c.PayerId, c.Status.ToString())).ToList())).ToList());
    }
}
