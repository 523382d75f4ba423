using Ballaura.X12.Claims;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;
using Xunit;

namespace Ballaura.X12.Tests.Claims;

/// <summary>837P per coverage type, read back through the envelope checks, segment by segment.</summary>
public sealed class Claim837Tests
{
    private static readonly BillingProvider Clinic = new("BALLAURA WELLNESS SPA", "1245319599", "911234567", new ClaimAddress("120 State Ave NE", null, "OLYMPIA", "WA", "98501"));
    private static readonly ClaimAddress Home = new("42 Capitol Way S", "Apt 3", "OLYMPIA", "WA", "98501");
    private static readonly DateOnly Visit = new(2026, 12, 1);

    [Fact]
    public void A_commercial_claim_names_the_insured_the_payer_the_prescriber_and_the_therapist()
    {
        var segments = WriteAndRead(Commercial());

        Assert.Contains("SBR*P*18*GRP100******CI", segments);
        Assert.Contains("NM1*IL*1*DOE*JANE****MI*PRM100200300", segments);
        Assert.Contains("DMG*D8*19800412*F", segments);
        Assert.Contains("NM1*PR*2*PREMERA BLUE CROSS*****PI*00430", segments);
        Assert.Contains("CLM*BA0001*195***11:B:1*Y*A*Y*Y", segments);
        Assert.Contains("REF*G1*KP-1234", segments);
        Assert.Contains("HI*ABK:M542*ABF:S134XXD", segments);
        Assert.Contains("NM1*DN*1*REYES*ANA****XX*1234567893", segments);
        Assert.Contains("NM1*82*1*CHEN*MAYA****XX*1345672012", segments);
        Assert.Contains("PRV*PE*PXC*225700000X", segments);
        Assert.Contains("PRV*BI*PXC*225700000X", segments);
        Assert.Contains("SV1*HC:97124*45*UN*1***1", segments);
        Assert.Contains("SV1*HC:97140:GP*150*UN*3***1:2", segments);
        Assert.Contains("DTP*472*D8*20261201", segments);
        Assert.DoesNotContain(segments, s => s.StartsWith("REF*Y4", StringComparison.Ordinal) || s.StartsWith("PAT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_PIP_claim_carries_the_auto_accident_its_state_date_and_claim_number()
    {
        var segments = WriteAndRead(Commercial() with
        {
            Filing = ClaimFiling.AutoMedical, ClaimNumber = "PIP-2026-0042", AccidentDate = new DateOnly(2026, 11, 20), AccidentState = "WA", PriorAuthorization = null,
        });

        Assert.Contains("SBR*P*18*GRP100******AM", segments);
        Assert.Contains("CLM*BA0001*195***11:B:1*Y*A*Y*Y**AA:::WA", segments);
        Assert.Contains("DTP*439*D8*20261120", segments);
        // REF*Y4 belongs to the subscriber (2010BA): after NM1*IL, before the payer.
        var y4 = segments.IndexOf("REF*Y4*PIP-2026-0042");
        Assert.InRange(y4, segments.FindIndex(s => s.StartsWith("NM1*IL", StringComparison.Ordinal)), segments.FindIndex(s => s.StartsWith("NM1*PR", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_workers_compensation_claim_has_the_employer_as_subscriber_and_the_worker_as_patient()
    {
        var segments = WriteAndRead(Commercial() with
        {
            Filing = ClaimFiling.WorkersCompensation,
            Subscriber = new Subscriber(new ClaimName("CAPITOL LUMBER CO", null), "A123456", null, null, "U", null),
            Patient = new ClaimPatient(new ClaimName("DOE", "JANE"), new DateOnly(1980, 4, 12), "F", Home),
            PayerName = new ClaimName("WASHINGTON STATE L&I", null),
            PayerId = "916001069",
            ClaimNumber = "A123456",
            AccidentDate = new DateOnly(2026, 10, 2),
            PriorAuthorization = null,
        });

        Assert.Contains("HL*2*1*22*1", segments);
        Assert.Contains("SBR*P********WC", segments);
        Assert.Contains("NM1*IL*2*CAPITOL LUMBER CO*****MI*A123456", segments);
        Assert.Contains("HL*3*2*23*0", segments);
        Assert.Contains("PAT*20", segments);
        Assert.Contains("NM1*QC*1*DOE*JANE", segments);
        Assert.Contains("REF*Y4*A123456", segments);
        Assert.Contains("CLM*BA0001*195***11:B:1*Y*A*Y*Y**EM", segments);
        Assert.Contains("DTP*439*D8*20261002", segments);
    }

    [Fact]
    public void A_rebill_is_frequency_7_with_the_payers_original_claim_number()
    {
        var segments = WriteAndRead(Commercial() with { Frequency = 7, OriginalPayerClaimNumber = "PRM-778" });
        Assert.Contains("CLM*BA0001*195***11:B:7*Y*A*Y*Y", segments);
        Assert.Contains("REF*F8*PRM-778", segments);
    }

    [Fact]
    public void Claims_that_cannot_be_billed_are_refused_with_the_reason()
    {
        Assert.Contains("original claim number", Assert.Throws<ArgumentException>(() => WriteAndRead(Commercial() with { Frequency = 8 })).Message);
        Assert.Contains("accident date", Assert.Throws<ArgumentException>(() => WriteAndRead(Commercial() with { Filing = ClaimFiling.AutoMedical })).Message);
        Assert.Contains("diagnoses", Assert.Throws<ArgumentException>(() => WriteAndRead(Commercial() with
        {
            Lines = [new ProfessionalLine("97124", [], 45m, 1m, Visit, [3])],
        })).Message);
    }

    [Fact]
    public void Many_claims_go_in_one_transaction_with_their_own_hierarchy()
    {
        var segments = WriteAndRead(Commercial(), Commercial() with { ControlNumber = "BA0002" }, Commercial() with { ControlNumber = "BA0003" });
        Assert.Equal(["HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*0", "HL*4*1*22*0"], segments.Where(s => s.StartsWith("HL*", StringComparison.Ordinal)));
        Assert.Equal(3, segments.Count(s => s.StartsWith("CLM*", StringComparison.Ordinal)));
    }

    private static ProfessionalClaim Commercial() => new(
        "BA0001", ClaimFiling.Commercial, 1, null,
        new Subscriber(new ClaimName("DOE", "JANE"), "PRM100200300", "GRP100", new DateOnly(1980, 4, 12), "F", Home),
        null, new ClaimName("PREMERA BLUE CROSS", null), "00430", null, null, null, "KP-1234",
        ["M54.2", "S13.4XXD"],
        new Practitioner(new ClaimName("REYES", "ANA"), "1234567893"),
        new Practitioner(new ClaimName("CHEN", "MAYA"), "1345672012"),
        [new ProfessionalLine("97124", [], 45m, 1m, Visit, [1]), new ProfessionalLine("97140", ["GP"], 150m, 3m, Visit, [1, 2])]);

    /// <summary>Writes the claims and reads the file back through the reader (which checks ISA/GS/ST counts and control numbers).</summary>
    private static List<string> WriteAndRead(params ProfessionalClaim[] claims)
    {
        using var text = new StringWriter();
        Claim837.Write(text, Clinic, new ClaimName("CLEARINGHOUSE", null), "CLEARHOUSE", claims,
            new X12Envelope(new X12Party("ZZ", "BALLAURA", "BALLAURA"), new X12Party("ZZ", "CLEARHOUSE", "CLEARHOUSE"), 17, new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), false));
        using var reader = new X12Reader(new StringReader(text.ToString()));
        return reader.ReadAll().Select(s => s.ToString().TrimEnd(X12Delimiters.Default.Segment)).ToList();
    }
}
