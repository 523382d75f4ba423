using Ballaura.X12;
using Ballaura.X12.Eligibility;
using Ballaura.X12.Writing;

namespace Ballaura.X12.Tests.Eligibility;

internal static class EligibilitySamples
{
    public static readonly X12Envelope ClinicToClearinghouse = new(
        new X12Party("ZZ", "BALLAURA", "BALLAURA"), new X12Party("ZZ", "CLEARINGHOUSE", "CLEARINGHOUSE"),
        ControlNumber: 4711, new DateTimeOffset(2026, 12, 4, 17, 5, 0, TimeSpan.Zero), Production: false);

    public static EligibilityInquiry Inquiry(string memberId = "PRM100200300") => new(
        Reference: "VER-0193A",
        TraceNumber: "0193a000-trace",
        TraceOriginator: "9BALLAURA0",
        Payer: new X12Entity("PREMERA BLUE CROSS", "00430"),
        Provider: new X12Entity("BALLAURA SPA", "1234567893"),
        Member: new X12Member(memberId, "JANE", "DOE", new DateOnly(1980, 4, 12), "GRP-7700"),
        ServiceDate: new DateOnly(2026, 12, 10),
        ServiceTypes: [ServiceTypeCodes.MassageTherapy]);

    /// <summary>A 271 shaped like a real commercial answer: every EB01 code the clinic reads, in and out of network.</summary>
    public const string PremeraActive271 =
        "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*BALLAURA       *261204*1705*^*00501*000000812*0*T*:~\n" +
        "GS*HB*CLEARINGHOUSE*BALLAURA*20261204*1705*812*X*005010X279A1~\n" +
        "ST*271*0001*005010X279A1~\n" +
        "BHT*0022*11*VER-0193A*20261204*1705~\n" +
        "HL*1**20*1~\n" +
        "NM1*PR*2*PREMERA BLUE CROSS*****PI*00430~\n" +
        "HL*2*1*21*1~\n" +
        "NM1*1P*2*BALLAURA SPA*****XX*1234567893~\n" +
        "HL*3*2*22*0~\n" +
        "TRN*2*0193a000-trace*9BALLAURA0~\n" +
        "NM1*IL*1*DOE*JANE****MI*PRM100200300~\n" +
        "REF*6P*GRP-7700*OLYMPIA SCHOOLS~\n" +
        "N3*12 MAIN ST~\n" +
        "N4*OLYMPIA*WA*98501~\n" +
        "DMG*D8*19800412*F~\n" +
        "DTP*346*D8*20260101~\n" +
        "EB*1**30^BE*PR*HERITAGE PPO~\n" +
        "EB*C*IND*BE*PR**23*1000*****Y~\n" +
        "EB*C*IND*BE*PR**29*1000*****Y~\n" +
        "EB*C*FAM*BE*PR**23*3000*****Y~\n" +
        "EB*C*IND*BE*PR**23*2500*****N~\n" +
        "EB*A*IND*BE*PR****.2****Y~\n" +
        "EB*A*IND*BE*PR****.5****N~\n" +
        "EB*G*IND*BE*PR**23*4000*****Y~\n" +
        "EB*G*IND*BE*PR**29*3650.5*****Y~\n" +
        "EB*F*IND*BE*PR**23***VS*20**Y~\n" +
        "MSG*MASSAGE THERAPY LIMITED TO 20 VISITS PER CALENDAR YEAR~\n" +
        "EB*F*IND*BE*PR**29***VS*17**Y~\n" +
        "EB*I*IND*BE^AE*PR*HOT STONE~\n" +
        "SE*28*0001~\n" +
        "GE*1*812~\n" +
        "IEA*1*000000812~\n";
}
