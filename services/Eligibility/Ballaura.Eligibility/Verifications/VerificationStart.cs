using Ballaura.Contracts;
using Ballaura.Contracts.Eligibility;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using Ballaura.Messaging.Outbox;

namespace Ballaura.Eligibility.Verifications;

/// <summary>
/// Starts a verification, from intake or from staff: major medical with a payer and member id is queued for the
/// payer; PIP and L&amp;I claims wait for staff to confirm them with the adjuster (R21, R22). The caller saves.
/// </summary>
public sealed class VerificationStart(EligibilityDbContext db, IOutbox outbox, VerificationSignal signal, ClinicCalendar calendar, TimeProvider time)
{
    public void Begin(CaseVerification verification, DateOnly? serviceDate, string reason)
    {
        var now = time.GetUtcNow();
        var review = ReviewNeeded(verification);
        if (review is null)
        {
            verification.Queue(serviceDate ?? calendar.Today, now, reason);
            signal.ExpectCommit(db);
            return;
        }

        verification.NeedsReview(review.Value.Code, review.Value.Reason, review.Value.NextStep, now);
        outbox.Publish(new VerificationNeedsReview(verification.CaseId, verification.PatientId!.Value, now, review.Value.Reason));
    }

    private static (string Code, string Reason, string NextStep)? ReviewNeeded(CaseVerification verification) => verification.CoverageType switch
    {
        CoverageType.PersonalInjuryProtection => ("confirm-pip-claim",
            "Confirm the PIP claim with the adjuster: open, active, and on the patient's own policy (R21).",
            "Call the adjuster (claim details are on the intake case), then record the confirmation."),
        CoverageType.WorkersCompensation => ("confirm-lni-claim",
            "Confirm the L&I claim is open and accepted; visits after the 6th need an authorization (R22).",
            "Check the claim with L&I (claim number on the intake case), then record the confirmation."),
        _ => null,
    };
}
