using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ballaura.Billing.Documents;

/// <summary>
/// Lines of text on US Letter pages, top to bottom, a new page when one is full — all a superbill or an invoice needs.
/// Standard fonts only (nothing to install on a server). Text is kept to printable Latin-1, which those fonts carry.
/// </summary>
public sealed class PdfPages
{
    private const double Left = 54;
    private const double Top = 738;
    private const double Bottom = 54;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y;

    public PdfPages(string title)
    {
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Producer = "Ballaura";
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.Letter);
        _y = Top;
    }

    public PdfPages Heading(string text) => Write(text, 15, _bold, before: 4);

    public PdfPages Section(string text) => Write(text, 11, _bold, before: 10);

    public PdfPages Line(string text) => Write(text, 9.5, _regular);

    /// <summary>Cells at fixed x offsets (points from the left margin): a table row.</summary>
    public PdfPages Row(params (double X, string Text)[] cells) => Cells(cells, _regular);

    public PdfPages HeaderRow(params (double X, string Text)[] cells) => Cells(cells, _bold);

    public byte[] Build() => _builder.Build();

    private PdfPages Write(string text, double size, PdfDocumentBuilder.AddedFont font, double before = 0)
    {
        Advance(size + 4 + before);
        _page.AddText(Printable(text), size, new PdfPoint(Left, _y), font);
        return this;
    }

    private PdfPages Cells((double X, string Text)[] cells, PdfDocumentBuilder.AddedFont font)
    {
        Advance(13.5);
        foreach (var (x, text) in cells)
        {
            _page.AddText(Printable(text), 9.5, new PdfPoint(Left + x, _y), font);
        }

        return this;
    }

    private void Advance(double height)
    {
        if (_y - height < Bottom)
        {
            _page = _builder.AddPage(PageSize.Letter);
            _y = Top;
        }

        _y -= height;
    }

    private static string Printable(string text) =>
        new(text.Select(c => c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' ? c : c is '\u2014' or '\u2013' ? '-' : '?').ToArray());
}
