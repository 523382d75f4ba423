using System.Text;

namespace Ballaura.X12.Reading;

/// <summary>
/// Reads an X12 file segment by segment, holding one segment in memory at a time, whatever the file's
/// size. The separators come from each interchange's ISA; the envelopes (ISA/IEA, GS/GE, ST/SE) are
/// checked as they close: control numbers, counts, nesting. Anything malformed — a bad ISA, a wrong count,
/// a segment outside a transaction, a file cut short — is an <see cref="X12FormatException"/> saying
/// where and why, never a crash or a silent partial result.
/// </summary>
public sealed class X12Reader : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const int MaxSegmentLength = 64 * 1024;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _segment = new();
    private readonly EnvelopeTracker _envelopes = new();
    private int _start;
    private int _end;
    private X12Delimiters? _delimiters;

    public X12Reader(TextReader reader) => _reader = reader;

    public X12Reader(Stream stream) : this(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize))
    {
    }

    /// <summary>The separators of the interchange being read (known after the first segment).</summary>
    public X12Delimiters Delimiters => _delimiters ?? throw new InvalidOperationException("Nothing has been read yet.");

    /// <summary>1-based position of the last segment read, counted over the whole file.</summary>
    public long Position { get; private set; }

    /// <summary>The control number (ST02) and type (ST01) of the transaction the last segment belongs to, if any.</summary>
    public (string Type, string ControlNumber)? CurrentTransaction => _envelopes.Transaction;

    /// <summary>The next segment, or null at the end of a complete file.</summary>
    public X12Segment? Read()
    {
        SkipWhitespace();
        if (!Fill())
        {
            _envelopes.Finish(Position + 1);
            return null;
        }

        if (_envelopes.ExpectsInterchange)
        {
            _delimiters = ReadDelimiters();
        }

        var text = ReadUntilTerminator();
        Position++;
        var segment = X12Segment.Parse(text, _delimiters!);
        if (!IsValidId(segment.Id))
        {
            throw new X12FormatException($"'{Truncate(segment.Id)}' is not a segment id (2–3 capital letters or digits).", Position);
        }

        _envelopes.Track(segment, Position);
        return segment;
    }

    /// <summary>Every segment of the file, envelopes included, one at a time.</summary>
    public IEnumerable<X12Segment> ReadAll()
    {
        while (Read() is { } segment)
        {
            yield return segment;
        }
    }

    private X12Delimiters ReadDelimiters()
    {
        while (_end - _start < X12Delimiters.IsaLength && FillMore())
        {
        }

        var available = _buffer.AsSpan(_start, _end - _start);
        if (!available.StartsWith("ISA", StringComparison.Ordinal))
        {
            throw new X12FormatException($"Expected an ISA segment, found '{Truncate(available[..Math.Min(3, available.Length)].ToString())}'.", Position + 1);
        }

        return X12Delimiters.FromIsa(available);
    }

    private string ReadUntilTerminator()
    {
        _segment.Clear();
        var terminator = _delimiters!.Segment;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var at = span.IndexOf(terminator);
            if (at >= 0)
            {
                _start += at + 1;
                if (_segment.Length == 0)
                {
                    return new string(span[..at]); // the usual case: the whole segment is in the buffer
                }

                _segment.Append(span[..at]);
                return _segment.ToString();
            }

            _segment.Append(span);
            _start = _end;
            if (_segment.Length > MaxSegmentLength)
            {
                throw new X12FormatException($"A segment runs past {MaxSegmentLength} characters without a terminator '{terminator}'.", Position + 1);
            }

            if (!Fill())
            {
                throw new X12FormatException($"The file ends inside a segment ('{Truncate(_segment.ToString())}'): it was cut short.", Position + 1);
            }
        }
    }

    private void SkipWhitespace()
    {
        while (Fill())
        {
            while (_start < _end && char.IsWhiteSpace(_buffer[_start]))
            {
                _start++;
            }

            if (_start < _end)
            {
                return;
            }
        }
    }

    /// <summary>Makes sure there is something to read; false at the end of the input.</summary>
    private bool Fill() => _start < _end || FillMore();

    /// <summary>Moves what is left to the front and reads more behind it.</summary>
    private bool FillMore()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return true;
        }

        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }

    private static bool IsValidId(string id)
    {
        if (id.Length is not (2 or 3) || id[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "…";

    public void Dispose() => _reader.Dispose();
}
