using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Verifications;

/// <param name="VisitDate">The planned visit the payer is asked about (clinic local date); today when absent.</param>
public sealed record ReverifyRequest(DateOnly? VisitDate);

/// <summary>Staff "verify now": the payer is asked again for the planned visit's date.</summary>
public static class ReverifyCase
{
    public static RouteGroupBuilder MapReverifyCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/verifications", HandleAsync).WithName("ReverifyCase").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<Results<Accepted<VerificationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, ReverifyRequest? request, EligibilityDbContext db, VerificationStart start, ClinicCalendar calendar, IPhiAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var errors = new RequestErrors()
            .Check(request?.VisitDate is null || request.VisitDate >= today, "visitDate", "The visit date cannot be in the past: the payer is asked about the planned visit.")
            .Check(request?.VisitDate is null || request.VisitDate <= today.AddDays(365), "visitDate", "The visit date is more than a year ahead.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var verification = await db.Verifications.FirstOrDefaultAsync(v => v.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("update", "coverage-verification", caseId.ToString(), verification?.PatientId,
            verification is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (verification is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NotFound();
        }

        if (!verification.IsReady)
        {
            await db.SaveChangesAsync(cancellationToken);
            return Conflict("The case is not ready for verification.", "Intake has not sent the insurance details yet (R7: prescription and card or claim first).");
        }

        if (verification.IsLeased(time.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
            return Conflict("The payer is being asked right now.", "Wait for the answer; it shows on the case within 20 seconds.");
        }

        start.Begin(verification, request?.VisitDate, "Verify now (staff).");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("The payer is being asked right now.", "Wait for the answer; it shows on the case within 20 seconds.");
        }

        return TypedResults.Accepted($"/api/eligibility/cases/{caseId}", VerificationResponse.From(verification, null));
    }

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}
