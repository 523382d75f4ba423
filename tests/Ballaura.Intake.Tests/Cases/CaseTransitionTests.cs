using Ballaura.Contracts;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Payers;
using Xunit;

namespace Ballaura.Intake.Tests.Cases;

public sealed class CaseTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CaseStatus.Refused, CaseStatus.Opened)]
    [InlineData(CaseStatus.Closed, CaseStatus.ReadyForVerification)]
    [InlineData(CaseStatus.Opened, CaseStatus.Verified)]
    [InlineData(CaseStatus.AwaitingDocuments, CaseStatus.ReadyToSchedule)]
    public void An_illegal_move_is_refused(CaseStatus from, CaseStatus to) => Assert.False(CaseTransitions.CanMove(from, to));

    [Fact]
    public void A_refused_case_stays_refused()
    {
        var insuranceCase = InsuranceCase.Open(Patient.Register("Dana", "Whitfield", new DateOnly(1984, 3, 17)), CoverageType.PersonalInjuryProtection, null, Now);
        insuranceCase.Refuse("R21", Now);

        var error = Assert.Throws<CaseTransitionException>(() => insuranceCase.MoveTo(CaseStatus.AwaitingDocuments, Now));

        Assert.Equal(CaseStatus.Refused, insuranceCase.Status);
        Assert.Contains("Refused cannot become AwaitingDocuments", error.Message);
    }

    [Fact]
    public void Each_coverage_type_lists_what_its_rule_asks_for()
    {
        var patient = Patient.Register("Dana", "Whitfield", new DateOnly(1984, 3, 17));
        string[] Codes(CoverageType type) =>
            [.. MissingItems.For(InsuranceCase.Open(patient, type, null, Now), CaseEvidence.Nothing).Select(m => m.Code)];

        Assert.Equal(["payer", "member-id", "card-front", "card-back", "prescription", "signed-paperwork"], Codes(CoverageType.MajorMedical));
        Assert.Equal(["claim-number", "date-of-injury", "adjuster", "employer", "injury-report-applicable", "prescription", "signed-paperwork"], Codes(CoverageType.WorkersCompensation));
        Assert.Equal(["claim-number", "date-of-injury", "state-of-injury", "adjuster", "own-policy", "prescription", "signed-paperwork"], Codes(CoverageType.PersonalInjuryProtection));
    }

    [Fact]
    public void An_injury_report_is_asked_for_only_when_there_is_one()
    {
        var insuranceCase = InsuranceCase.Open(Patient.Register("Dana", "Whitfield", new DateOnly(1984, 3, 17)), CoverageType.WorkersCompensation, null, Now);

        insuranceCase.UpdateDetails(InsuranceDetails.None with { InjuryReportApplicable = false }, Now);
        Assert.DoesNotContain(MissingItems.For(insuranceCase, CaseEvidence.Nothing), m => m.Code.StartsWith("injury-report", StringComparison.Ordinal));

        insuranceCase.UpdateDetails(InsuranceDetails.None with { InjuryReportApplicable = true }, Now);
        Assert.Contains(MissingItems.For(insuranceCase, CaseEvidence.Nothing), m => m.Code == "injury-report");
        Assert.DoesNotContain(MissingItems.For(insuranceCase, CaseEvidence.Nothing with { InjuryReport = true }), m => m.Code == "injury-report");
    }
}
