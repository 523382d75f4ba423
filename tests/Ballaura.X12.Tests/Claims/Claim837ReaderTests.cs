using Ballaura.X12.Claims;
using Ballaura.X12.Writing;
using Xunit;

namespace Ballaura.X12.Tests.Claims;

/// <summary>The clearinghouse's side: an 837P written by Billing reads back into the claims it carries.</summary>
public sealed class Claim837ReaderTests
{
    private static readonly BillingProvider Clinic = new("BALLAURA WELLNESS SPA", "1245319599", "911234567", new ClaimAddress("120 State Ave NE", null, "OLYMPIA", "WA", "98501"));
    private static readonly DateOnly Visit = new(2026, 12, 1);

    [Fact]
    public void Claims_read_back_with_their_payer_member_lines_and_control_numbers()
    {
        var file = Claim837Reader.Read(Write(Commercial("BA0001"), Commercial("BA0002") with { Frequency = 7, OriginalPayerClaimNumber = "PRM-778" }, WorkersComp("BA0003")));

        Assert.Equal(("BALLAURA", "CLEARHOUSE", "000000017", "17"), (file.SenderId, file.ReceiverId, file.InterchangeControlNumber, file.GroupControlNumber));
        Assert.Equal("1245319599", file.BillingProviderNpi);
        var claims = file.Claims.ToList();
        Assert.Equal(["BA0001", "BA0002", "BA0003"], claims.Select(c => c.ControlNumber));
        var first = claims[0];
        Assert.Equal(("CI", "00430", "PRM100200300", "DOE", 195m, 1), (first.FilingCode, first.PayerId, first.MemberId, first.PatientLastName, first.TotalCharge, first.Frequency));
        Assert.Equal([("97124", 45m, 1m), ("97140", 150m, 3m)], first.Lines.Select(l => (l.Code, l.Charge, l.Units)));
        Assert.Equal(["GP"], first.Lines[1].Modifiers);
        Assert.Equal(Visit, first.Lines[0].DateOfService);
        Assert.True(first.Balances);
        Assert.Equal((7, "PRM-778"), (claims[1].Frequency, claims[1].OriginalPayerClaimNumber));
        // Workers' compensation: the employer is the subscriber, the worker the patient.
        Assert.Equal(("WC", "A123456", "WORKER", "JOE"), (claims[2].FilingCode, claims[2].MemberId, claims[2].PatientLastName, claims[2].PatientFirstName));
    }

    [Fact]
    public void A_claim_whose_total_is_not_its_lines_is_seen_as_not_balancing()
    {
        var text = Write(Commercial("BA0001")).Replace("CLM*BA0001*195*", "CLM*BA0001*196*", StringComparison.Ordinal);
        Assert.False(Assert.Single(Claim837Reader.Read(text).Claims).Balances);
    }

    [Fact]
    public void A_file_that_is_not_an_837_is_refused()
    {
        var error = Assert.Throws<X12FormatException>(() => Claim837Reader.Read(SampleInterchanges.Write()));
        Assert.Contains("not HC", error.Message);
    }

    internal static ProfessionalClaim Commercial(string controlNumber) => new(
        controlNumber, ClaimFiling.Commercial, 1, null,
        new Subscriber(new ClaimName("DOE", "JANE"), "PRM100200300", "GRP100", new DateOnly(1980, 4, 12), "F", null),
        null, new ClaimName("PREMERA BLUE CROSS", null), "00430", null, null, null, null,
        ["M54.2"],
        new Practitioner(new ClaimName("REYES", "ANA"), "1234567893"),
        new Practitioner(new ClaimName("CHEN", "MAYA"), "1345672012"),
        [new ProfessionalLine("97124", [], 45m, 1m, Visit, [1]), new ProfessionalLine("97140", ["GP"], 150m, 3m, Visit, [1])]);

    private static ProfessionalClaim WorkersComp(string controlNumber) => Commercial(controlNumber) with
    {
        Filing = ClaimFiling.WorkersCompensation,
        Subscriber = new Subscriber(new ClaimName("CAPITOL LUMBER CO", null), "A123456", null, null, "U", null),
        Patient = new ClaimPatient(new ClaimName("WORKER", "JOE"), new DateOnly(1980, 4, 12), "M", null),
        PayerName = new ClaimName("WASHINGTON STATE L&I", null),
        PayerId = "916001069",
        ClaimNumber = "A123456",
    };

    internal static string Write(params ProfessionalClaim[] claims)
    {
        using var text = new StringWriter();
        Claim837.Write(text, Clinic, new ClaimName("CLEARINGHOUSE", null), "CLEARHOUSE", claims,
            new X12Envelope(new X12Party("ZZ", "BALLAURA", "BALLAURA"), new X12Party("ZZ", "CLEARHOUSE", "CLEARHOUSE"), 17, new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), false));
        return text.ToString();
    }
}
