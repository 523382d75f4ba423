using Ballaura.X12.Reading;
using Xunit;

namespace Ballaura.X12.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void What_the_writer_writes_the_reader_reads_back_segment_for_segment()
    {
        var text = SampleInterchanges.Write(transactions: 2);

        var segments = Read(text);

        Assert.Equal(["ISA", "GS", "ST"], segments.Take(3).Select(s => s.Id));
        Assert.Equal(["SE", "GE", "IEA"], segments.TakeLast(3).Select(s => s.Id));
        var inquiry = segments.Where(s => s.Id == "NM1" && s[1] == "IL").Select(s => s[9]).ToList();
        Assert.Equal(["MBR000001", "MBR000002"], inquiry);
        Assert.Equal("BE", segments.First(s => s.Id == "EQ")[1]);
    }

    [Fact]
    public void The_writer_computes_every_trailer()
    {
        var segments = Read(SampleInterchanges.Write(transactions: 3));

        var se = segments.First(s => s.Id == "SE");
        Assert.Equal((SampleInterchanges.Inquiry270("x").Length + 2).ToString(), se[1]);
        Assert.Equal("0001", se[2]);
        Assert.Equal("3", segments.Single(s => s.Id == "GE")[1]);
        Assert.Equal("1", segments.Single(s => s.Id == "IEA")[1]);
        Assert.Equal("000001001", segments.Single(s => s.Id == "IEA")[2]);
    }

    [Fact]
    public void The_isa_has_its_fixed_layout()
    {
        var text = SampleInterchanges.Write();

        Assert.Equal('~', text[X12Delimiters.IsaLength - 1]);
        Assert.Equal(X12Delimiters.Default, X12Delimiters.FromIsa(text));
        Assert.Equal("T", Read(text)[0][15]);
    }

    [Fact]
    public void Separators_are_taken_from_the_isa_not_assumed_and_line_breaks_between_segments_are_fine()
    {
        var unusual = new X12Delimiters('|', '>', '!', '\'');
        var text = SampleInterchanges.Write(delimiters: unusual, lineBreaks: true).Replace("\n", "\r\n", StringComparison.Ordinal);

        using var reader = new X12Reader(new StringReader(text));
        var segments = reader.ReadAll().ToList();

        Assert.Equal(unusual, reader.Delimiters);
        Assert.Equal("PREMERA BLUE CROSS", segments.First(s => s.Id == "NM1")[3]);
    }

    [Fact]
    public void Trailing_empty_elements_are_dropped_and_read_back_as_empty()
    {
        var segment = new X12Segment("NM1", "IL", "1", "DOE", "", "");

        Assert.Equal("NM1*IL*1*DOE~", segment.ToString());
        Assert.Equal("", X12Segment.Parse("NM1*IL*1*DOE", X12Delimiters.Default)[7]);
    }

    [Fact]
    public void A_composite_element_gives_its_components()
    {
        var line = X12Segment.Parse("SV1*HC:97124:GP*120*UN*2", X12Delimiters.Default);

        Assert.Equal("97124", line.Component(1, 2, X12Delimiters.Default));
        Assert.Equal("GP", line.Component(1, 3, X12Delimiters.Default));
        Assert.Equal("", line.Component(1, 4, X12Delimiters.Default));
    }

    [Fact]
    public void A_value_holding_a_separator_is_refused_by_the_writer()
    {
        using var text = new StringWriter();
        var writer = new Writing.X12Writer(text, X12Delimiters.Default);
        writer.BeginInterchange(SampleInterchanges.Clinic, SampleInterchanges.Clearinghouse, SampleInterchanges.At, 1, production: false);
        writer.BeginGroup("HS", SampleInterchanges.Clinic, SampleInterchanges.Clearinghouse, SampleInterchanges.At, 1, "005010X279A1");
        writer.BeginTransaction("270", 1, "005010X279A1");

        Assert.Throws<ArgumentException>(() => writer.Write(new X12Segment("NM1", "IL", "1", "O*BRIEN")));
    }

    private static List<X12Segment> Read(string text)
    {
        using var reader = new X12Reader(new StringReader(text));
        return reader.ReadAll().ToList();
    }
}
