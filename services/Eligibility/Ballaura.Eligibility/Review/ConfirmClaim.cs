using Ballaura.Contracts;
using Ballaura.Contracts.Eligibility;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Review;

/// <param name="ClaimOpen">The adjuster (PIP) or L&amp;I confirmed the claim is open and accepted.</param>
/// <param name="OnPatientsOwnPolicy">PIP only: the claim is on the patient's own auto policy, not the other driver's (R21).</param>
/// <param name="ConfirmedWith">Who confirmed it (adjuster's name, L&amp;I claim manager).</param>
public sealed record ClaimConfirmationRequest(bool? ClaimOpen, bool? OnPatientsOwnPolicy, string? ConfirmedWith);

/// <summary>
/// PIP and L&amp;I claims are confirmed by phone with the adjuster; staff record the answer here. A PIP claim on
/// someone else's policy is refused (R21); a closed claim is not verified.
/// </summary>
public static class ConfirmClaim
{
    public static RouteGroupBuilder MapConfirmClaim(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/claim-confirmations", HandleAsync).WithName("ConfirmClaim").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<Results<Ok<VerificationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, ClaimConfirmationRequest request, EligibilityDbContext db, IOutbox outbox, IPhiAudit audit, ClinicCalendar calendar,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var verification = await db.Verifications.FirstOrDefaultAsync(v => v.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("update", "coverage-verification", caseId.ToString(), verification?.PatientId,
            verification is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (verification is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NotFound();
        }

        var isPip = verification.CoverageType == CoverageType.PersonalInjuryProtection;
        var errors = new RequestErrors()
            .Check(request.ClaimOpen is not null, "claimOpen", "Say whether the claim is open and accepted.")
            .Check(!isPip || request.OnPatientsOwnPolicy is not null, "onPatientsOwnPolicy", "For PIP, say whether the claim is on the patient's own policy (R21).")
            .Check(!string.IsNullOrWhiteSpace(request.ConfirmedWith), "confirmedWith", "Name who confirmed the claim (adjuster or claim manager).")
            .Check((request.ConfirmedWith?.Length ?? 0) <= 100, "confirmedWith", "At most 100 characters.");
        if (errors.Any)
        {
            await db.SaveChangesAsync(cancellationToken);
            return errors.ToProblem();
        }

        if (verification.CoverageType == CoverageType.MajorMedical || verification.Status != VerificationStatus.NeedsReview)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Problem(
                title: "This case has no claim waiting for confirmation.",
                detail: "Only PIP and L&I claims waiting on the review queue are confirmed by staff; major medical is verified with the payer.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        var patientId = verification.PatientId!.Value;
        if (request.ClaimOpen != true)
        {
            Refuse(verification, outbox, patientId, now, "claim-closed", "The claim is not open and accepted.", "Ask the patient for the current claim number.");
        }
        else if (isPip && request.OnPatientsOwnPolicy != true)
        {
            Refuse(verification, outbox, patientId, now, "third-party-claim",
                "The PIP claim is on another driver's policy: the clinic bills only PIP on the patient's own policy (R21).",
                "Ask the patient for their own auto policy's PIP claim.");
        }
        else
        {
            verification.Verified(null, now, $"Claim {verification.ClaimNumber} confirmed with {request.ConfirmedWith!.Trim()}.");
            outbox.Publish(new CoverageVerified(caseId, patientId, null, now, verification.ServiceDate ?? calendar.Today,
                FellBackToHealthPlan: false, AuthorizationRequired: false, VisitsRemaining: null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VerificationResponse.From(verification, null));
    }

    private static void Refuse(CaseVerification verification, IOutbox outbox, Guid patientId, DateTimeOffset now, string code, string reason, string nextStep)
    {
        verification.NotVerified(code, reason, nextStep, null, now);
        outbox.Publish(new CoverageNotVerified(verification.CaseId, patientId, now, code, reason, nextStep));
    }
}
