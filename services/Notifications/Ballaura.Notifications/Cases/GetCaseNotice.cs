using Ballaura.Notifications.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Notifications.Cases;

public sealed record CaseNoticeResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetCaseNotice
{
    public static RouteGroupBuilder MapGetCaseNotice(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetCaseNotice");
        return api;
    }

    internal static async Task<Results<Ok<CaseNoticeResponse>, NotFound>> HandleAsync(Guid caseId, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.CaseNotices.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new CaseNoticeResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
