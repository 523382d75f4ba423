using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>
/// GET /patients?id=…&amp;id=…: who several patients are in one read, for staff screens that list many (the day's
/// schedule). Staff only; each patient read is audited as if read one by one; ids not found are left out (and audited).
/// </summary>
public static class FindPatients
{
    public const int MaxIds = 100;

    public static RouteGroupBuilder MapFindPatients(this RouteGroupBuilder api)
    {
        api.MapGet("/patients", HandleAsync).WithName("FindPatients").RequireAuthorization(BallauraPolicies.Staff)
            .Produces<List<PatientResponse>>().ProducesValidationProblem();
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        [FromQuery(Name = "id")] string[]? id, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        if (Refusal(id ?? []) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [refusal] }, title: "The request has invalid fields.");
        }

        var ids = id!.Select(Guid.Parse).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var patientId in ids)
        {
            var found = patients.Any(p => p.Id == patientId);
            audit.Record(new PhiAccess("read", "patient", patientId.ToString(), found ? patientId : null, found ? PhiAccessOutcome.Allowed : PhiAccessOutcome.NotFound));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(patients.OrderBy(p => ids.IndexOf(p.Id)).Select(PatientResponse.From).ToList());
    }

    private static string? Refusal(string[] ids) => ids switch
    {
        [] => "Give at least one patient id (?id=…).",
        { Length: > MaxIds } => $"At most {MaxIds} patients in one read.",
        _ when ids.FirstOrDefault(i => !Guid.TryParse(i, out _)) is { } bad => $"'{(bad.Length > 40 ? bad[..40] + "…" : bad)}' is not a patient id.",
        _ => null,
    };
}
