using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>How to reach a patient — for Notifications only (role "service"), each read audited.</summary>
public static class GetPatientContact
{
    public static RouteGroupBuilder MapGetPatientContact(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/contact", HandleAsync).WithName("GetPatientContact").RequireAuthorization(BallauraPolicies.InternalService)
            .Produces<PatientContact>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> HandleAsync(Guid patientId, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        audit.Record(new PhiAccess("read", "patient-contact", patientId.ToString(), patientId, patient is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return patient is null
            ? TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound)
            // The phone as the SMS provider wants it (E.164, a US number: the key is its last ten digits).
            : TypedResults.Ok(new PatientContact(patient.Id, patient.FirstName, patient.Email, patient.PhoneKey is { } key ? "+1" + key : null,
                patient.PreferredContact?.ToString().ToLowerInvariant()));
    }
}
