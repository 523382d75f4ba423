using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Benefits;

public sealed record EstimateResponse(Guid CaseId, Guid SnapshotId, DateTimeOffset VerifiedAt, DateOnly VisitDate, PatientShareEstimate Estimate);

/// <summary>GET /cases/{id}/estimate?allowedAmount=1500&amp;visitDate=2026-12-10: the patient's share of a planned visit.</summary>
public static class GetEstimate
{
    public const decimal MaxAllowedAmount = 100_000m;

    public static RouteGroupBuilder MapGetEstimate(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/estimate", HandleAsync).WithName("GetEstimate").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    internal static async Task<Results<Ok<EstimateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, decimal? allowedAmount, DateOnly? visitDate, HttpContext http, EligibilityDbContext db, ClinicCalendar calendar,
        IPhiAudit audit, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(allowedAmount is not null, "allowedAmount", "The payer's allowed amount for the visit is required (R18: the share is computed on it, not on the charge).")
            .Check(allowedAmount is null or > 0m, "allowedAmount", "The allowed amount must be more than zero.")
            .Check(allowedAmount is null || allowedAmount <= MaxAllowedAmount, "allowedAmount", $"The allowed amount is at most {MaxAllowedAmount}.")
            .Check(allowedAmount is null || decimal.Round(allowedAmount.Value, 2) == allowedAmount, "allowedAmount", "The allowed amount is in dollars and cents (at most 2 decimals).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var verification = await db.Verifications.AsNoTracking().FirstOrDefaultAsync(v => v.CaseId == caseId, cancellationToken);
        var caller = http.Caller();
        var outcome = verification is null ? PhiAccessOutcome.NotFound
            : verification.MayBeSeenBy(caller) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("read", "coverage-estimate", caseId.ToString(), verification?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed)
        {
            return TypedResults.NotFound();
        }

        var snapshot = verification!.SnapshotId is { } snapshotId
            ? await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == snapshotId, cancellationToken)
            : null;
        if (snapshot is null)
        {
            return TypedResults.Problem(
                title: "No benefits to estimate from.",
                detail: "The payer has not confirmed benefits for this case yet (R7): verify coverage first.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var date = visitDate ?? calendar.Today;
        return TypedResults.Ok(new EstimateResponse(caseId, snapshot.Id, snapshot.VerifiedAt, date, PatientShareEstimate.From(snapshot, allowedAmount!.Value, date)));
    }
}
