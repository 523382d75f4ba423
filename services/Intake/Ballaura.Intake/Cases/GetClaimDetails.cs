using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>
/// What a claim needs about the insured and the prescription, for the Billing service only (role "service"): asked for
/// by case and prescription id, each read audited under the service's identity.
/// </summary>
public static class GetClaimDetails
{
    public static RouteGroupBuilder MapGetClaimDetails(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/prescriptions/{prescriptionId:guid}/claim-details", HandleAsync).WithName("GetClaimDetails")
            .RequireAuthorization(BallauraPolicies.InternalService).Produces<ClaimDetails>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> HandleAsync(Guid caseId, Guid prescriptionId, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Patient).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var prescription = found is null ? null
            : await db.Prescriptions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == prescriptionId && p.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("read", "case-claim-details", caseId.ToString(), found?.PatientId,
            prescription is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        if (found is null || prescription is null)
        {
            return TypedResults.Problem(title: "Unknown case or prescription.", statusCode: StatusCodes.Status404NotFound);
        }

        var payer = found.PayerId is null ? null : await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == found.PayerId, cancellationToken);
        var patient = found.Patient;
        var address = patient.Address is { } a ? new ClaimAddressDetails(a.Line1, a.Line2, a.City, a.State, a.PostalCode) : null;
        return TypedResults.Ok(new ClaimDetails(
            found.Id, found.PatientId, found.CoverageType, patient.FirstName, patient.LastName, patient.BirthDate, address,
            payer?.ClearinghouseId, payer?.Name, found.Details.MemberId, found.Details.GroupNumber, found.Details.ClaimNumber,
            found.Details.DateOfInjury, found.Details.StateOfInjury, prescription.PrescriberName, prescription.PrescriberNpi, prescription.DiagnosisCodes,
            found.Details.Employer));
    }
}
