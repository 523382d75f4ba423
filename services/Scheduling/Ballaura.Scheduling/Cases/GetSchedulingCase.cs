using Ballaura.Scheduling.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;

namespace Ballaura.Scheduling.Cases;

public static class GetSchedulingCase
{
    public static RouteGroupBuilder MapGetSchedulingCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetSchedulingCase").RequireAuthorization(BallauraPolicies.StaffOrPhone)
            .Produces<CaseOverview>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> HandleAsync(Guid caseId, SchedulingDbContext db, CaseOverviews overviews, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var overview = await overviews.ForAsync(caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case", caseId.ToString(), overview?.PatientId, overview is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return overview is null
            ? TypedResults.Problem(title: "Unknown case.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(overview);
    }
}
