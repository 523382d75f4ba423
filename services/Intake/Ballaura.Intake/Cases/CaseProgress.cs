namespace Ballaura.Intake.Cases;

/// <summary>
/// Moves a case forward as its information arrives: while anything needed before verification is missing it
/// awaits documents. (Ready for verification comes once documents, the prescription and the paperwork are recorded
/// by their features; until then the list of missing items says what is still needed.)
/// </summary>
public static class CaseProgress
{
    public static void Advance(InsuranceCase insuranceCase, DateTimeOffset now)
    {
        if (insuranceCase.Status is CaseStatus.Opened or CaseStatus.AwaitingDocuments or CaseStatus.VerificationFailed)
        {
            var missing = MissingItems.For(insuranceCase, CaseEvidence.Nothing);
            if (missing.Any(m => m.Before == "verification"))
            {
                insuranceCase.MoveTo(CaseStatus.AwaitingDocuments, now);
            }
        }
    }
}
