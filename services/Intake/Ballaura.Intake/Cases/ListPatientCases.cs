using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record CaseSummary(Guid Id, string CoverageType, string? PayerId, string Status, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);

/// <summary>A patient's cases (one may have several, e.g. an L&amp;I claim and later a PIP claim), newest first.</summary>
public static class ListPatientCases
{
    public static RouteGroupBuilder MapListPatientCases(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/cases", HandleAsync).WithName("ListPatientCases").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>A patient sees only their own list (another's is the same 404 as an unknown patient).</summary>
    internal static async Task<Results<Ok<List<CaseSummary>>, NotFound>> HandleAsync(
        Guid patientId, HttpContext http, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var exists = await db.Patients.AnyAsync(p => p.Id == patientId, cancellationToken);
        var outcome = !exists ? PhiAccessOutcome.NotFound : http.Caller().MaySeePatient(patientId) ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("list", "cases", patientId.ToString(), exists ? patientId : null, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed)
        {
            return TypedResults.NotFound();
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(cancellationToken);
        return TypedResults.Ok(cases.OrderByDescending(c => c.OpenedAt)
            .Select(c => new CaseSummary(c.Id, c.CoverageType.ToString(), c.PayerId, c.Status.ToString(), c.OpenedAt, c.UpdatedAt)).ToList());
    }
}
