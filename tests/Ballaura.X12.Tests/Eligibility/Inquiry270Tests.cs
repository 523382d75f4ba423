using Ballaura.X12.Eligibility;
using Ballaura.X12.Reading;
using Xunit;

namespace Ballaura.X12.Tests.Eligibility;

public sealed class Inquiry270Tests
{
    [Fact]
    public void A_270_carries_the_loops_of_005010X279A1_in_order()
    {
        var text = Inquiry270.Write(EligibilitySamples.Inquiry(), EligibilitySamples.ClinicToClearinghouse);

        var segments = new X12Reader(new StringReader(text)).ReadAll().Select(s => s.ToString()).ToList();
        Assert.Equal(
            [
                "ST*270*0001*005010X279A1~",
                "BHT*0022*13*VER-0193A*20261204*1705~",
                "HL*1**20*1~",
                "NM1*PR*2*PREMERA BLUE CROSS*****PI*00430~",
                "HL*2*1*21*1~",
                "NM1*1P*2*BALLAURA SPA*****XX*1234567893~",
                "HL*3*2*22*0~",
                "TRN*1*0193a000-trace*9BALLAURA0~",
                "NM1*IL*1*DOE*JANE****MI*PRM100200300~",
                "REF*6P*GRP-7700~",
                "DMG*D8*19800412~",
                "DTP*291*D8*20261210~",
                "EQ*BE~",
                "SE*14*0001~",
            ],
            segments.Skip(2).Take(14));
        Assert.StartsWith("GS*HS*BALLAURA*CLEARINGHOUSE*20261204*1705*4711*X*005010X279A1~", segments[1]);
    }

    [Fact]
    public void What_the_clinic_writes_a_payer_reads_back_unchanged()
    {
        var inquiry = EligibilitySamples.Inquiry();

        var (read, envelope) = Assert.Single(Inquiry270.Read(Inquiry270.Write(inquiry, EligibilitySamples.ClinicToClearinghouse)));

        Assert.Equal(inquiry with { ServiceTypes = read.ServiceTypes }, read);
        Assert.Equal(["BE"], read.ServiceTypes);
        Assert.Equal("BALLAURA", envelope.Sender.Id);
        Assert.Equal(4711, envelope.ControlNumber);
        Assert.False(envelope.Production);
    }

    [Fact]
    public void A_270_without_a_member_id_is_refused_with_the_element_named()
    {
        var text = Inquiry270.Write(EligibilitySamples.Inquiry(memberId: ""), EligibilitySamples.ClinicToClearinghouse);

        var error = Assert.Throws<X12FormatException>(() => Inquiry270.Read(text));
        Assert.Contains("NM109", error.Message);
    }

    [Fact]
    public void A_271_is_not_read_as_a_270()
    {
        var error = Assert.Throws<X12FormatException>(() => Inquiry270.Read(EligibilitySamples.PremeraActive271));

        Assert.Contains("not a 270", error.Message);
    }
}
