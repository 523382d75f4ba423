using Ballaura.Billing.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Accounts;

public sealed record BillingCaseResponse(Guid CaseId, string CoverageType, DateTimeOffset OpenedAt, DateTimeOffset RecordedAt, string? TraceId);

public static class GetBillingCase
{
    public static RouteGroupBuilder MapGetBillingCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetBillingCase").RequireAuthorization(BallauraPolicies.Staff);
        return api;
    }

    internal static async Task<Results<Ok<BillingCaseResponse>, NotFound>> HandleAsync(Guid caseId, BillingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.BillingCases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), PatientId: null, found is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new BillingCaseResponse(found.CaseId, found.CoverageType.ToString(), found.OpenedAt, found.RecordedAt, found.TraceId));
    }
}
