using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>
/// What a payer inquiry needs about the insured, for the Eligibility service only (role "service"): the minimum
/// necessary, asked for by case id, each read audited under the service's identity.
/// </summary>
public static class GetVerificationDetails
{
    public static RouteGroupBuilder MapGetVerificationDetails(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/verification-details", HandleAsync).WithName("GetVerificationDetails")
            .RequireAuthorization(BallauraPolicies.InternalService);
        return api;
    }

    internal static async Task<Results<Ok<InsuredDetails>, NotFound>> HandleAsync(
        Guid caseId, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Patient).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case-verification-details", caseId.ToString(), found?.PatientId,
            found is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var payer = found.PayerId is null ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == found.PayerId, cancellationToken);
        return TypedResults.Ok(new InsuredDetails(
            found.Id, found.PatientId, found.CoverageType, found.Patient.FirstName, found.Patient.LastName, found.Patient.BirthDate,
            payer?.ClearinghouseId, payer?.Name, found.Details.MemberId, found.Details.GroupNumber, found.Details.ClaimNumber, found.Details.DateOfInjury));
    }
}
