using Ballaura.Contracts.Intake;
using Ballaura.Messaging.Outbox;

namespace Ballaura.Intake.Cases;

/// <summary>
/// Moves a case forward as its information arrives: while anything needed before verification is missing it awaits
/// documents; once nothing is, it is ready for verification and Eligibility hears of it (R7). A case whose details
/// change after a failed verification goes through the same gate again.
/// </summary>
public static class CaseProgress
{
    public static void Advance(InsuranceCase insuranceCase, CaseEvidence evidence, IOutbox outbox, DateTimeOffset now)
    {
        if (insuranceCase.Status is not (CaseStatus.Opened or CaseStatus.AwaitingDocuments or CaseStatus.VerificationFailed))
        {
            return;
        }

        var missing = MissingItems.For(insuranceCase, evidence);
        if (missing.Any(m => m.Before == "verification"))
        {
            insuranceCase.MoveTo(CaseStatus.AwaitingDocuments, now);
            return;
        }

        insuranceCase.MoveTo(CaseStatus.ReadyForVerification, now);
        outbox.Publish(new CaseReadyForVerification(insuranceCase.Id, insuranceCase.PatientId, insuranceCase.CoverageType, now));
    }
}
