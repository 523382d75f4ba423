using Ballaura.Intake.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record CaseResponse(Guid Id, Guid PatientId, string CoverageType, string Status, DateTimeOffset OpenedAt)
{
    public static CaseResponse From(InsuranceCase c) =>
        new(c.Id, c.PatientId, c.CoverageType.ToString(), c.Status.ToString(), c.OpenedAt);
}

public static class GetCase
{
    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetCase");
        return api;
    }

    internal static async Task<Results<Ok<CaseResponse>, NotFound>> HandleAsync(Guid caseId, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(CaseResponse.From(found));
    }
}
