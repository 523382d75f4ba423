using Ballaura.Billing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Accounts;

public sealed record BillingCaseResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetBillingCase
{
    public static RouteGroupBuilder MapGetBillingCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetBillingCase");
        return api;
    }

    internal static async Task<Results<Ok<BillingCaseResponse>, NotFound>> HandleAsync(Guid caseId, BillingDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.BillingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new BillingCaseResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
