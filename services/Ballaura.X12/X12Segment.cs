namespace Ballaura.X12;

/// <summary>
/// One segment: its id and elements. Element 0 is the id, so <c>segment[1]</c> is the first data element
/// (as X12 numbers them: NM101 is <c>segment[1]</c> of NM1). A segment read from a file keeps its text
/// and where each element starts; an element becomes a string only when asked for, which keeps parsing
/// large files cheap.
/// </summary>
public sealed class X12Segment
{
    private readonly string _text;

    /// <summary>Start of each element in <see cref="_text"/>, plus one past the end (so element i is [i]..[i+1]-1).</summary>
    private readonly int[] _bounds;

    public X12Segment(string id, params string[] elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        string[] all = [id, .. elements];
        _text = string.Concat(all);
        _bounds = new int[all.Length + 1];
        var position = 0;
        for (var i = 0; i < all.Length; i++)
        {
            _bounds[i] = position;
            position += all[i].Length;
        }

        // Without separators in the text, element i ends where i+1 starts.
        _bounds[all.Length] = position;
        _separatorWidth = 0;
    }

    private X12Segment(string text, int[] bounds)
    {
        _text = text;
        _bounds = bounds;
        _separatorWidth = 1;
    }

    /// <summary>1 for a parsed segment (a separator after each element, as if after the last too), 0 for a built one.</summary>
    private readonly int _separatorWidth;

    private string? _id;

    public string Id => _id ??= this[0];

    /// <summary>The number of data elements (the id not counted), trailing empty ones included as sent.</summary>
    public int Count => _bounds.Length - 2;

    /// <summary>The element at a position (0 = id), or "" when the segment is shorter (X12 drops trailing empties).</summary>
    public string this[int position]
    {
        get
        {
            if (position < 0 || position >= _bounds.Length - 1)
            {
                return "";
            }

            var start = _bounds[position];
            var length = _bounds[position + 1] - start - _separatorWidth;
            return _text.Substring(start, length);
        }
    }

    /// <summary>Whether the element at <paramref name="position"/> equals <paramref name="value"/>, without making a string.</summary>
    public bool Is(int position, ReadOnlySpan<char> value)
    {
        if (position < 0 || position >= _bounds.Length - 1)
        {
            return value.IsEmpty;
        }

        var start = _bounds[position];
        var length = _bounds[position + 1] - start - _separatorWidth;
        return _text.AsSpan(start, length).SequenceEqual(value);
    }

    /// <summary>A component of a composite element, e.g. <c>Component(1, 2)</c> of <c>SV1*HC:97124</c> is "97124".</summary>
    public string Component(int position, int component, X12Delimiters delimiters)
    {
        var parts = this[position].Split(delimiters.Component);
        return component <= parts.Length ? parts[component - 1] : "";
    }

    public IReadOnlyList<string> DataElements => Enumerable.Range(1, Count).Select(i => this[i]).ToArray();

    internal static X12Segment Parse(string text, X12Delimiters delimiters)
    {
        var separators = text.AsSpan().Count(delimiters.Element);
        var bounds = new int[separators + 2];
        var position = 0;
        var index = 1;
        var rest = text.AsSpan();
        while (rest.IndexOf(delimiters.Element) is var at and >= 0)
        {
            position += at + 1;
            bounds[index++] = position;
            rest = rest[(at + 1)..];
        }

        // One past the end, as if a separator followed the last element.
        bounds[index] = text.Length + 1;
        return new X12Segment(text, bounds);
    }

    public string ToString(X12Delimiters delimiters)
    {
        var last = _bounds.Length - 2;
        while (last > 0 && Is(last, ""))
        {
            last--;
        }

        return string.Join(delimiters.Element, Enumerable.Range(0, last + 1).Select(i => this[i])) + delimiters.Segment;
    }

    public override string ToString() => ToString(X12Delimiters.Default);
}
