using Ballaura.Contracts.Intake;
using Ballaura.Intake.Data;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

public sealed record CloseCaseRequest(string? Reason);

/// <summary>Front desk closes a case (treatment finished, the patient withdrew); a closed case takes no more changes, and
/// Scheduling books nothing more on it.</summary>
public static class CloseCase
{
    public static RouteGroupBuilder MapCloseCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/close", HandleAsync).WithName("CloseCase").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<Results<Ok<CaseResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, CloseCaseRequest request, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        audit.Record(new PhiAccess("update", "case", caseId.ToString(), insuranceCase?.PatientId,
            insuranceCase is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (insuranceCase is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 300)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RequestErrors().Check(false, "reason", "Say why the case is closed (at most 300 characters).").ToProblem();
        }

        if (!CaseTransitions.CanMove(insuranceCase.Status, CaseStatus.Closed))
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Problem(title: "The case cannot be closed.", detail: $"A {insuranceCase.Status} case cannot become Closed.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        insuranceCase.Close(request.Reason.Trim(), now);
        outbox.Publish(new CaseClosed(insuranceCase.Id, insuranceCase.PatientId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile("Reload the case and close it again.");
        }

        return TypedResults.Ok(CaseResponse.From(insuranceCase, await CaseEvidenceQuery.ForAsync(db, insuranceCase, cancellationToken)));
    }
}
