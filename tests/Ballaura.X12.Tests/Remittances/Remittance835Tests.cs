using Ballaura.X12;
using Ballaura.X12.Remittances;
using Ballaura.X12.Writing;
using Xunit;

namespace Ballaura.X12.Tests.Remittances;

public sealed class Remittance835Tests
{
    /// <summary>A payer's file as it arrives: two claims in one payment, line-level CAS with several triplets, a PLB.</summary>
    private const string TwoClaims =
        "ISA*00*          *00*          *ZZ*PREMERA        *ZZ*BALLAURA       *261210*0930*^*00501*000000101*0*P*:~" +
        "GS*HP*PREMERA*BALLAURA*20261210*0930*101*X*005010X221A1~" +
        "ST*835*0001~" +
        "BPR*I*215*C*ACH*CCP*01*999999999*DA*123456*1234567890**01*888888888*DA*654321*20261210~" +
        "TRN*1*EFT0001*1430000000~" +
        "N1*PR*PREMERA BLUE CROSS*XV*00430~" +
        "N1*PE*BALLAURA WELLNESS SPA*XX*1245319599~" +
        "LX*1~" +
        "CLP*BA0001*1*195*130*40*12*PRM-778~" +
        "SVC*HC:97124*45*30**1~" +
        "DTM*472*20261201~" +
        "CAS*CO*45*5~" +
        "CAS*PR*2*10~" +
        "SVC*HC:97140:GP*150*100**3~" +
        "DTM*472*20261201~" +
        "CAS*CO*45*20~" +
        "CAS*PR*1*20*1*2*10~" +
        "CLP*BA0002*4*95*0*0*12*PRM-779~" +
        "CAS*CO*50*95~" +
        "PLB*1245319599*20261210*WO:OVERPAY1*-85~" +
        "SE*19*0001~GE*1*101~IEA*1*000000101~";

    [Fact]
    public void A_payers_file_reads_into_payments_claims_lines_and_adjustments()
    {
        var remittance = Assert.Single(Remittance835.Read(TwoClaims));

        Assert.Equal(("EFT0001", "1430000000", 215m, "ACH"), (remittance.TraceNumber, remittance.TraceOriginator, remittance.TotalPaid, remittance.PaymentMethod));
        Assert.Equal(new DateOnly(2026, 12, 10), remittance.PaymentDate);
        Assert.Equal("PREMERA BLUE CROSS", remittance.PayerName);
        Assert.Equal(2, remittance.Claims.Count);
        var paid = remittance.Claims[0];
        Assert.Equal(("BA0001", "1", 195m, 130m, 40m, "PRM-778"), (paid.PatientControlNumber, paid.Status, paid.Charge, paid.Paid, paid.PatientResponsibility, paid.PayerClaimNumber));
        Assert.Equal(["97124", "97140"], paid.Services.Select(s => s.Code));
        Assert.Equal(["GP"], paid.Services[1].Modifiers);
        Assert.Equal(new DateOnly(2026, 12, 1), paid.Services[0].DateOfService);
        Assert.Equal([("CO", "45", 20m), ("PR", "1", 20m), ("PR", "2", 10m)], paid.Services[1].Adjustments.Select(a => (a.Group, a.Reason, a.Amount)));
        Assert.Equal(paid.Charge, paid.Paid + paid.AllAdjustments.Sum(a => a.Amount));
        Assert.True(remittance.Claims[1].IsDenied);
        Assert.Equal(-85m, Assert.Single(remittance.ProviderAdjustments).Amount);
        // 215 = 130 + 0 − (−85).
        Assert.True(remittance.Balances);
    }

    [Fact]
    public void A_payment_that_does_not_add_up_is_said_to_be_unbalanced()
    {
        var remittance = Assert.Single(Remittance835.Read(TwoClaims.Replace("BPR*I*215*", "BPR*I*216*", StringComparison.Ordinal)));
        Assert.False(remittance.Balances);
    }

    [Fact]
    public void A_payment_without_its_trace_number_is_refused()
    {
        var error = Assert.Throws<X12FormatException>(() => Remittance835.Read(TwoClaims.Replace("TRN*1*EFT0001*1430000000~", "", StringComparison.Ordinal).Replace("SE*19*", "SE*18*", StringComparison.Ordinal)));
        Assert.Contains("TRN", error.Message);
    }

    [Fact]
    public void An_amount_that_is_not_one_is_named()
    {
        var error = Assert.Throws<X12FormatException>(() => Remittance835.Read(TwoClaims.Replace("CLP*BA0001*1*195*130", "CLP*BA0001*1*195*1x0", StringComparison.Ordinal)));
        Assert.Contains("CLP04", error.Message);
    }

    [Fact]
    public void What_is_written_reads_back_the_same_including_a_reversal_and_a_changed_code()
    {
        Remittance[] written =
        [
            new("I", -130m, "ACH", new DateOnly(2026, 12, 20), "EFT0002", "1430000000", "PREMERA BLUE CROSS", "00430",
            [
                new ClaimPayment("BA0001", "22", -195m, -130m, -40m, "PRM-778", [],
                [
                    new ServicePayment("97124", [], "97124", -45m, -30m, -1m, new DateOnly(2026, 12, 1), [new Adjustment("CO", "45", -5m, null), new Adjustment("PR", "2", -10m, null)]),
                    new ServicePayment("97140", [], "97139", -150m, -100m, -3m, new DateOnly(2026, 12, 1), [new Adjustment("CO", "45", -20m, null), new Adjustment("PR", "1", -30m, null)]),
                ]),
            ], []),
        ];
        using var text = new StringWriter();
        Remittance835.Write(text, written, new X12Envelope(new X12Party("ZZ", "PREMERA", "PREMERA"), new X12Party("ZZ", "BALLAURA", "BALLAURA"), 7, new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero), false));

        var read = Assert.Single(Remittance835.Read(text.ToString()));
        Assert.True(read.Claims[0].IsReversal);
        Assert.Equal(-130m, read.Claims[0].Paid);
        Assert.Equal("97139", read.Claims[0].Services[1].BilledCode);
        Assert.Equal("97140", read.Claims[0].Services[1].Code);
        Assert.Equal(written[0].Claims[0].Services.SelectMany(s => s.Adjustments), read.Claims[0].Services.SelectMany(s => s.Adjustments));
        Assert.True(read.Balances);
    }
}
