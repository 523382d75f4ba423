using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Cases;

public sealed record SchedulingCaseResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetSchedulingCase
{
    public static RouteGroupBuilder MapGetSchedulingCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetSchedulingCase").RequireAuthorization(BallauraPolicies.Staff);
        return api;
    }

    internal static async Task<Results<Ok<SchedulingCaseResponse>, NotFound>> HandleAsync(Guid caseId, SchedulingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.SchedulingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), PatientId: null, found is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new SchedulingCaseResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
