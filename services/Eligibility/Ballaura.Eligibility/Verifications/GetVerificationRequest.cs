using Ballaura.Eligibility.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Verifications;

public sealed record VerificationRequestResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetVerificationRequest
{
    public static RouteGroupBuilder MapGetVerificationRequest(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetVerificationRequest").RequireAuthorization(BallauraPolicies.Staff);
        return api;
    }

    internal static async Task<Results<Ok<VerificationRequestResponse>, NotFound>> HandleAsync(Guid caseId, EligibilityDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.VerificationRequests.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), PatientId: null, found is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new VerificationRequestResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
