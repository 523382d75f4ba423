using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>Who a patient is, as the staff screens (schedule, accounts, call-backs) name them.</summary>
public sealed record PatientResponse(Guid Id, string Name, DateOnly BirthDate, string? Phone, string? Email)
{
    public static PatientResponse From(Patient p) => new(p.Id, p.FullName, p.BirthDate, p.Phone, p.Email);
}

public static class GetPatient
{
    public static RouteGroupBuilder MapGetPatient(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}", HandleAsync).WithName("GetPatient").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>A patient reads only themselves (another patient is the same 404 as an unknown one); every read is audited.</summary>
    internal static async Task<Results<Ok<PatientResponse>, NotFound>> HandleAsync(
        Guid patientId, HttpContext http, IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        var outcome = patient is null ? PhiAccessOutcome.NotFound : http.Caller().MaySeePatient(patientId) ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("read", "patient", patientId.ToString(), patient is null ? null : patientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        return outcome == PhiAccessOutcome.Allowed ? TypedResults.Ok(PatientResponse.From(patient!)) : TypedResults.NotFound();
    }
}
