using System.Globalization;

namespace Ballaura.X12.Writing;

/// <summary>The parties of an interchange as the ISA names them (qualifier + id, e.g. "ZZ" + a submitter id).</summary>
public sealed record X12Party(string Qualifier, string Id, string ApplicationCode);

/// <summary>
/// Writes an interchange and keeps the envelopes right by construction: the ISA's fixed widths, and the
/// trailers' counts and control numbers (SE01, GE01, IEA01) are computed, never typed.
/// </summary>
public sealed class X12Writer(TextWriter writer, X12Delimiters delimiters, bool lineBreakAfterSegment = false)
{
    private string? _isaControl;
    private int _groups;
    private string? _gsControl;
    private int _transactions;
    private string? _stControl;
    private int _segments;

    public X12Delimiters Delimiters => delimiters;

    /// <param name="production">False marks the interchange as test data (ISA15 "T").</param>
    public void BeginInterchange(X12Party sender, X12Party receiver, DateTimeOffset at, int controlNumber, bool production)
    {
        if (_isaControl is not null)
        {
            throw new InvalidOperationException("An interchange is already open.");
        }

        _isaControl = controlNumber.ToString("D9", CultureInfo.InvariantCulture);
        _groups = 0;
        WriteRaw(new X12Segment("ISA",
            "00", Pad("", 10), "00", Pad("", 10),
            Pad(sender.Qualifier, 2), Pad(sender.Id, 15), Pad(receiver.Qualifier, 2), Pad(receiver.Id, 15),
            at.ToString("yyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture),
            delimiters.Repetition.ToString(), "00501", _isaControl, "0", production ? "P" : "T",
            delimiters.Component.ToString()));
    }

    /// <param name="functionalId">HS (270), HB (271), HC (837), HP (835).</param>
    /// <param name="version">The implementation guide, e.g. 005010X279A1.</param>
    public void BeginGroup(string functionalId, X12Party sender, X12Party receiver, DateTimeOffset at, int controlNumber, string version)
    {
        if (_isaControl is null || _gsControl is not null)
        {
            throw new InvalidOperationException("A group opens inside an interchange, after the previous group closed.");
        }

        _gsControl = controlNumber.ToString(CultureInfo.InvariantCulture);
        _transactions = 0;
        _groups++;
        WriteRaw(new X12Segment("GS", functionalId, sender.ApplicationCode, receiver.ApplicationCode,
            at.ToString("yyyyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture),
            _gsControl, "X", version));
    }

    public void BeginTransaction(string type, int controlNumber, string version)
    {
        if (_gsControl is null || _stControl is not null)
        {
            throw new InvalidOperationException("A transaction opens inside a group, after the previous transaction closed.");
        }

        _stControl = controlNumber.ToString("D4", CultureInfo.InvariantCulture);
        _segments = 0;
        _transactions++;
        Write(new X12Segment("ST", type, _stControl, version));
    }

    /// <summary>A segment of the open transaction.</summary>
    public void Write(X12Segment segment)
    {
        if (_stControl is null)
        {
            throw new InvalidOperationException($"{segment.Id} must be written inside a transaction.");
        }

        foreach (var value in segment.DataElements)
        {
            if (value.Contains(delimiters.Element) || value.Contains(delimiters.Segment))
            {
                throw new ArgumentException($"A value in {segment.Id} contains a separator of this interchange: '{value}'.", nameof(segment));
            }
        }

        _segments++;
        WriteRaw(segment);
    }

    public void EndTransaction()
    {
        var control = _stControl ?? throw new InvalidOperationException("No transaction is open.");
        Write(new X12Segment("SE", (_segments + 1).ToString(CultureInfo.InvariantCulture), control));
        _stControl = null;
    }

    public void EndGroup()
    {
        if (_gsControl is null || _stControl is not null)
        {
            throw new InvalidOperationException("No group is open, or its transaction is still open.");
        }

        WriteRaw(new X12Segment("GE", _transactions.ToString(CultureInfo.InvariantCulture), _gsControl));
        _gsControl = null;
    }

    public void EndInterchange()
    {
        if (_isaControl is null || _gsControl is not null)
        {
            throw new InvalidOperationException("No interchange is open, or its group is still open.");
        }

        WriteRaw(new X12Segment("IEA", _groups.ToString(CultureInfo.InvariantCulture), _isaControl));
        _isaControl = null;
    }

    private void WriteRaw(X12Segment segment)
    {
        writer.Write(segment.Id == "ISA" ? IsaText(segment) : segment.ToString(delimiters));
        if (lineBreakAfterSegment)
        {
            writer.Write('\n');
        }
    }

    /// <summary>The ISA keeps every element, empty or not: its layout is fixed.</summary>
    private string IsaText(X12Segment isa) => string.Join(delimiters.Element, [isa.Id, .. isa.DataElements]) + delimiters.Segment;

    private static string Pad(string value, int width) =>
        value.Length <= width ? value.PadRight(width) : throw new ArgumentException($"'{value}' is longer than the {width} characters its ISA field allows.");
}
