using Ballaura.Contracts;

namespace Ballaura.Intake.Cases;

/// <param name="Code">Stable, for the web client and tests: member-id, card-front, claim-number, adjuster, …</param>
/// <param name="Text">What is missing, in words a patient understands.</param>
/// <param name="Rule">The rule that asks for it (R1–R8).</param>
/// <param name="Before">"verification" (needed before the payer is asked) or "scheduling" (R8: signed paperwork).</param>
public sealed record MissingItem(string Code, string Text, string Rule, string Before);

/// <summary>
/// What a case still needs, per coverage type (R1–R5, R8): the list a front desk kept in a spreadsheet. Documents,
/// the prescription and the signed paperwork count as missing until they are recorded on the case.
/// </summary>
public static class MissingItems
{
    public static IReadOnlyList<MissingItem> For(InsuranceCase insuranceCase, CaseEvidence evidence)
    {
        var details = insuranceCase.Details;
        var missing = new List<MissingItem>();
        void Need(bool present, string code, string text, string rule, string before = "verification")
        {
            if (!present)
            {
                missing.Add(new MissingItem(code, text, rule, before));
            }
        }

        switch (insuranceCase.CoverageType)
        {
            case CoverageType.MajorMedical:
                Need(insuranceCase.PayerId is not null, "payer", "Which insurance company covers you.", "R3");
                Need(details.MemberId is not null, "member-id", "The member id printed on your insurance card.", "R3");
                Need(evidence.CardFront, "card-front", "A photo or scan of the front of your insurance card.", "R3");
                Need(evidence.CardBack, "card-back", "A photo or scan of the back of your insurance card.", "R3");
                break;
            case CoverageType.WorkersCompensation:
                Need(details.ClaimNumber is not null, "claim-number", "Your L&I claim number (e.g. A123456).", "R1");
                Need(details.DateOfInjury is not null, "date-of-injury", "The date you were injured.", "R1");
                Need(details.Adjuster is not null, "adjuster", "Your claim manager's (adjuster's) name and phone or e-mail.", "R1");
                Need(details.Employer is not null, "employer", "The name of the employer you were injured working for.", "R1");
                Need(details.InjuryReportApplicable is not null, "injury-report-applicable", "Whether an injury report was filed.", "R1");
                Need(details.InjuryReportApplicable != true || evidence.InjuryReport, "injury-report", "A copy of the injury report.", "R1");
                break;
            case CoverageType.PersonalInjuryProtection:
                Need(details.ClaimNumber is not null, "claim-number", "Your auto insurance PIP claim number.", "R2");
                Need(details.DateOfInjury is not null, "date-of-injury", "The date of the accident.", "R2");
                Need(details.StateOfInjury is not null, "state-of-injury", "The state where the accident happened.", "R2");
                Need(details.Adjuster is not null, "adjuster", "Your claim adjuster's name and phone or e-mail.", "R2");
                Need(details.ClaimOnOwnPolicy == true, "own-policy", "Confirmation that the PIP claim is on your own auto policy.", "R21");
                break;
        }

        Need(evidence.Prescription, "prescription", "A prescription from your doctor or chiropractor: diagnosis, number of visits, how often (R4).", "R4");
        Need(evidence.PaperworkSigned, "signed-paperwork", "Your signature on the clinic's insurance paperwork and payment policy.", "R8", before: "scheduling");
        return missing;
    }

    /// <summary>The next step for the patient, from the status and what is missing.</summary>
    public static string NextStep(InsuranceCase insuranceCase, IReadOnlyList<MissingItem> missing) => insuranceCase.Status switch
    {
        CaseStatus.Refused => $"This case was refused: {insuranceCase.RefusalReason}",
        CaseStatus.Closed => "This case is closed.",
        CaseStatus.ReadyForVerification => "We are checking your coverage with your insurance. Nothing to do for now.",
        CaseStatus.VerificationFailed => "We could not confirm your coverage. The clinic will contact you.",
        CaseStatus.Verified or CaseStatus.AwaitingSignature when missing.Any(m => m.Code == "signed-paperwork") =>
            "Your coverage is confirmed. Please read and sign the insurance paperwork and payment policy.",
        CaseStatus.ReadyToSchedule => "All set: the clinic will call you to schedule your first visit.",
        _ when missing.Count > 0 => $"Please send: {missing[0].Text}",
        _ => "Nothing is missing.",
    };
}

/// <summary>Which documents, prescription and signatures a case has (kept by the features that record them).</summary>
public sealed record CaseEvidence(bool CardFront, bool CardBack, bool InjuryReport, bool Prescription, bool PaperworkSigned)
{
    public static CaseEvidence Nothing { get; } = new(false, false, false, false, false);

    /// <summary>The evidence once a document of this kind is added (before it is saved).</summary>
    public CaseEvidence With(Documents.DocumentKind kind) => kind switch
    {
        Documents.DocumentKind.CardFront => this with { CardFront = true },
        Documents.DocumentKind.CardBack => this with { CardBack = true },
        Documents.DocumentKind.InjuryReport => this with { InjuryReport = true },
        _ => this,
    };
}
