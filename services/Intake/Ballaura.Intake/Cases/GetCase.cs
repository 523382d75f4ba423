using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public static class GetCase
{
    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetCase").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>A patient sees only their own cases; someone else's case answers 404, exactly like a missing one, and is audited as denied.</summary>
    internal static async Task<Results<Ok<CaseResponse>, NotFound>> HandleAsync(
        Guid caseId, HttpContext http, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var outcome = found is null ? PhiAccessOutcome.NotFound
            : http.Caller().MaySeePatient(found.PatientId) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), found?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed)
        {
            return TypedResults.NotFound();
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken);
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == found!.PatientId, cancellationToken);
        return TypedResults.Ok(CaseResponse.From(found!, await CaseEvidenceQuery.ForAsync(db, found!, cancellationToken),
            [.. documents.OrderBy(d => d.ReceivedAt).Select(DocumentResponse.From)], patient));
    }
}
