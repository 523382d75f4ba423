using Ballaura.Scheduling.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Cases;

public sealed record SchedulingCaseResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetSchedulingCase
{
    public static RouteGroupBuilder MapGetSchedulingCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetSchedulingCase");
        return api;
    }

    internal static async Task<Results<Ok<SchedulingCaseResponse>, NotFound>> HandleAsync(Guid caseId, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.SchedulingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new SchedulingCaseResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
