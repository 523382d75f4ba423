using Ballaura.Notifications.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Cases;

public sealed record CaseNoticeResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetCaseNotice
{
    public static RouteGroupBuilder MapGetCaseNotice(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetCaseNotice").RequireAuthorization(BallauraPolicies.Staff);
        return api;
    }

    internal static async Task<Results<Ok<CaseNoticeResponse>, NotFound>> HandleAsync(Guid caseId, NotificationsDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.CaseNotices.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), PatientId: null, found is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new CaseNoticeResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
