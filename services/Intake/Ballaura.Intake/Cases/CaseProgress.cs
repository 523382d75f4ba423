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

    /// <summary>Coverage verified (R7): the case waits for the signed paperwork, or is ready to schedule when it has it (R8).</summary>
    public static void AfterVerification(InsuranceCase insuranceCase, CaseEvidence evidence, IOutbox outbox, DateTimeOffset now)
    {
        insuranceCase.MoveTo(CaseStatus.Verified, now);
        insuranceCase.MoveTo(CaseStatus.AwaitingSignature, now);
        if (evidence.PaperworkSigned)
        {
            AfterSignature(insuranceCase, outbox, now);
        }
    }

    /// <summary>The paperwork is signed: a verified case is ready to schedule, and the clinic calls the patient (R9).</summary>
    public static void AfterSignature(InsuranceCase insuranceCase, IOutbox outbox, DateTimeOffset now)
    {
        if (insuranceCase.Status == CaseStatus.AwaitingSignature)
        {
            insuranceCase.MoveTo(CaseStatus.ReadyToSchedule, now);
            outbox.Publish(new CaseReadyToSchedule(insuranceCase.Id, insuranceCase.PatientId, now));
        }
    }
}
