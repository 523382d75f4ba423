namespace Ballaura.Intake.Cases;

/// <summary>
/// Moves a case forward as its information arrives: while anything needed before verification is missing it
/// awaits documents. (The move to ready-for-verification, which tells Eligibility, comes with document uploads; until
/// then the list of missing items says what is still needed.)
/// </summary>
public static class CaseProgress
{
    public static void Advance(InsuranceCase insuranceCase, CaseEvidence evidence, DateTimeOffset now)
    {
        if (insuranceCase.Status is CaseStatus.Opened or CaseStatus.AwaitingDocuments or CaseStatus.VerificationFailed)
        {
            var missing = MissingItems.For(insuranceCase, evidence);
            if (missing.Any(m => m.Before == "verification"))
            {
                insuranceCase.MoveTo(CaseStatus.AwaitingDocuments, now);
            }
        }
    }
}
