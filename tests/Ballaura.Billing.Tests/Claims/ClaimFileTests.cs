using Ballaura.Billing.Claims;
using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.X12.Claims;
using Xunit;

namespace Ballaura.Billing.Tests.Claims;

/// <summary>A claim plus what Intake knows becomes an 837P — or the list of what is missing, in words.</summary>
public sealed class ClaimFileTests
{
    private static readonly ClaimAddressDetails Home = new("42 Capitol Way S", null, "Olympia", "WA", "98501");

    [Fact]
    public void A_commercial_claim_gets_its_insured_payer_diagnoses_and_practitioners()
    {
        var (file, missing) = ClaimFile.Build(Claim(CoverageType.MajorMedical), Details(CoverageType.MajorMedical));

        Assert.Empty(missing);
        Assert.Equal(ClaimFiling.Commercial, file!.Filing);
        Assert.Equal(("OKAFOR", "RAVI", "PRM555"), (file.Subscriber.Name.LastOrOrganization, file.Subscriber.Name.First, file.Subscriber.MemberId));
        Assert.Equal(("REYES", "ANA"), (file.Referring.Name.LastOrOrganization, file.Referring.Name.First));
        Assert.Equal(("CHEN", "MAYA"), (file.Rendering.Name.LastOrOrganization, file.Rendering.Name.First));
        Assert.Equal(["M54.2", "S13.4XXD"], file.Diagnoses);
        Assert.All(file.Lines, l => Assert.Equal([1, 2], l.DiagnosisPointers));
        Assert.Equal(195m, file.TotalCharge);
    }

    [Fact]
    public void A_PIP_claim_carries_the_accident()
    {
        var (file, _) = ClaimFile.Build(Claim(CoverageType.PersonalInjuryProtection),
            Details(CoverageType.PersonalInjuryProtection) with { MemberId = null, ClaimNumber = "PIP-77", DateOfInjury = new DateOnly(2026, 11, 20), StateOfInjury = "WA" });
        Assert.Equal((ClaimFiling.AutoMedical, "PIP-77", "WA"), (file!.Filing, file.ClaimNumber, file.AccidentState));
    }

    [Fact]
    public void What_is_missing_is_listed_rather_than_a_claim_the_payer_would_reject()
    {
        var (file, missing) = ClaimFile.Build(Claim(CoverageType.WorkersCompensation), Details(CoverageType.WorkersCompensation) with { Address = null, DiagnosisCodes = [] });
        Assert.Null(file);
        Assert.Contains("the patient's address (intake)", missing);
        Assert.Contains("a diagnosis code on the prescription (R4)", missing);
        Assert.Contains(missing, m => m.Contains("employer", StringComparison.Ordinal));
    }

    [Fact]
    public void An_LnI_claim_has_the_employer_as_subscriber_and_the_worker_as_patient()
    {
        var (file, missing) = ClaimFile.Build(Claim(CoverageType.WorkersCompensation), Details(CoverageType.WorkersCompensation) with
        {
            MemberId = null, PayerId = null, ClaimNumber = "A123456", DateOfInjury = new DateOnly(2026, 10, 2), EmployerName = "Capitol Lumber Co.",
        });

        Assert.Empty(missing);
        Assert.Equal((ClaimFiling.WorkersCompensation, "CAPITOL LUMBER CO.", null, "A123456"),
            (file!.Filing, file.Subscriber.Name.LastOrOrganization, file.Subscriber.Name.First, file.Subscriber.MemberId));
        Assert.Equal(("OKAFOR", "RAVI"), (file.Patient!.Name.LastOrOrganization, file.Patient.Name.First));
        Assert.Equal((ClaimFile.LniPayerId, "A123456", new DateOnly(2026, 10, 2)), (file.PayerId, file.ClaimNumber, file.AccidentDate));
    }

    [Fact]
    public void Claims_drafted_in_the_same_millisecond_still_get_different_control_numbers()
    {
        var numbers = Enumerable.Range(0, 20_000).Select(_ => Claim(CoverageType.MajorMedical).ControlNumber).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Equal(20, n.Length));
    }

    [Theory]
    [InlineData("Dr. Ana Reyes", "REYES", "ANA")]
    [InlineData("Maya Chen, LMT", "CHEN", "MAYA")]
    [InlineData("Noor Night-Owl, LMT", "NIGHT-OWL", "NOOR")]
    [InlineData("Ana María de la Cruz", "CRUZ", "ANA MARÍA DE LA")]
    public void Titles_and_credentials_are_not_part_of_a_name(string written, string last, string first) =>
        Assert.Equal((last, first), (ClaimFile.PersonName(written).LastOrOrganization, ClaimFile.PersonName(written).First));

    private static Claim Claim(CoverageType coverage) => Billing.Claims.Claim.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), coverage, new DateOnly(2026, 12, 1),
        Guid.NewGuid(), Guid.NewGuid(), "1345672012", "Maya Chen, LMT", null, 1,
        [new ClaimLine("97124", 1, 15, 45m, 45m), new ClaimLine("97140", 3, 45, 50m, 150m)], DateTimeOffset.UtcNow);

    private static ClaimDetails Details(CoverageType coverage) => new(Guid.NewGuid(), Guid.NewGuid(), coverage, "Ravi", "Okafor", new DateOnly(1979, 5, 2), Home,
        "00430", "Premera Blue Cross", "PRM555", null, null, null, null, "Dr. Ana Reyes", "1234567893", ["M54.2", "S13.4XXD"]);
}
