using Ballaura.X12.Reading;
using Xunit;

namespace Ballaura.X12.Tests;

/// <summary>Broken files give a clear X12FormatException naming the segment and the rule, never another exception.</summary>
public sealed class MalformedInputTests
{
    private static readonly string Good = SampleInterchanges.Write(transactions: 2);

    public static TheoryData<string, string, string> Breakages => new()
    {
        { "empty file", "", "no interchange" },
        { "not X12", "Dear payer, please verify Dana.", "Expected an ISA" },
        { "short ISA", Good[..60], "106 characters" },
        { "ISA with a missing element", Good.Remove(Good.IndexOf("*00501", StringComparison.Ordinal), 6), "16 elements" },
        { "wrong SE count", Good.Replace("SE*13*0001~", "SE*12*0001~", StringComparison.Ordinal), "SE01 says 12" },
        { "SE control number mismatch", Good.Replace("SE*13*0002~", "SE*13*0009~", StringComparison.Ordinal), "does not match ST02" },
        { "wrong GE count", Good.Replace("GE*2*1001~", "GE*3*1001~", StringComparison.Ordinal), "GE01 says 3" },
        { "IEA control mismatch", Good.Replace("IEA*1*000001001~", "IEA*1*000001002~", StringComparison.Ordinal), "does not match ISA13" },
        { "segment outside a transaction", Good.Replace("GE*2*1001~", "EQ*BE~GE*2*1001~", StringComparison.Ordinal), "outside a transaction" },
        { "bad segment id", Good.Replace("DMG*D8", "dm g*D8", StringComparison.Ordinal), "is not a segment id" },
        { "cut inside a segment", Good[..(Good.IndexOf("EQ*BE", StringComparison.Ordinal) + 3)], "cut short" },
        { "cut after a transaction", Good[..(Good.LastIndexOf("GE*", StringComparison.Ordinal))], "GE missing" },
        { "ST without its SE", Good.Replace("SE*13*0001~", "", StringComparison.Ordinal), "inside an open transaction" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_file_is_refused_with_the_reason(string what, string text, string reason)
    {
        var error = Assert.Throws<X12FormatException>(() =>
        {
            using var reader = new X12Reader(new StringReader(text));
            foreach (var _ in reader.ReadAll())
            {
            }
        });

        Assert.True(error.Message.Contains(reason, StringComparison.Ordinal), $"{what}: {error.Message}");
        Assert.True(error.SegmentPosition >= 1);
    }

    [Fact]
    public void A_segment_without_a_terminator_for_too_long_is_refused_without_reading_the_whole_file()
    {
        var endless = Good[..X12Delimiters.IsaLength] + "GS*" + new string('A', 200_000);

        var error = Assert.Throws<X12FormatException>(() =>
        {
            using var reader = new X12Reader(new StringReader(endless));
            foreach (var _ in reader.ReadAll())
            {
            }
        });

        Assert.Contains("without a terminator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_interchanges_in_one_file_are_read_one_after_the_other()
    {
        using var reader = new X12Reader(new StringReader(Good + "\r\n" + Good));

        Assert.Equal(2, reader.ReadAll().Count(s => s.Id == "IEA"));
    }
}
