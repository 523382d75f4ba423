using Ballaura.X12.Writing;

namespace Ballaura.X12.Tests;

/// <summary>Real-shaped 270 inquiries (005010X279A1) written with the library's writer.</summary>
public static class SampleInterchanges
{
    public static readonly X12Party Clinic = new("ZZ", "BALLAURA", "BALLAURA");
    public static readonly X12Party Clearinghouse = new("ZZ", "SANDBOXCH", "SANDBOXCH");
    public static readonly DateTimeOffset At = new(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(-8));

    public static X12Segment[] Inquiry270(string memberId) =>
    [
        new("BHT", "0022", "13", "BAL-" + memberId, "20261204", "0930"),
        new("HL", "1", "", "20", "1"),
        new("NM1", "PR", "2", "PREMERA BLUE CROSS", "", "", "", "", "PI", "47570"),
        new("HL", "2", "1", "21", "1"),
        new("NM1", "1P", "2", "BALLAURA MASSAGE", "", "", "", "", "XX", "1234567893"),
        new("HL", "3", "2", "22", "0"),
        new("TRN", "1", "BAL-" + memberId, "9BALLAURA0"),
        new("NM1", "IL", "1", "WHITFIELD", "DANA", "", "", "", "MI", memberId),
        new("DMG", "D8", "19840317"),
        new("DTP", "291", "D8", "20261210"),
        new("EQ", "BE"),
    ];

    /// <summary>One interchange, one group, <paramref name="transactions"/> inquiries.</summary>
    public static string Write(int transactions = 1, X12Delimiters? delimiters = null, bool lineBreaks = false)
    {
        using var text = new StringWriter();
        var writer = new X12Writer(text, delimiters ?? X12Delimiters.Default, lineBreaks);
        writer.BeginInterchange(Clinic, Clearinghouse, At, 1001, production: false);
        writer.BeginGroup("HS", Clinic, Clearinghouse, At, 1001, "005010X279A1");
        for (var i = 1; i <= transactions; i++)
        {
            writer.BeginTransaction("270", i, "005010X279A1");
            foreach (var segment in Inquiry270($"MBR{i:D6}"))
            {
                writer.Write(segment);
            }

            writer.EndTransaction();
        }

        writer.EndGroup();
        writer.EndInterchange();
        return text.ToString();
    }
}
