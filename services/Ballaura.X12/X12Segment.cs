namespace Ballaura.X12;

/// <summary>
/// One segment: its id and elements, split on the interchange's separators. Element 0 is the id, so
/// <c>segment[1]</c> is the first data element (as X12 numbers them: NM101 is <c>segment[1]</c> of NM1).
/// </summary>
public sealed class X12Segment
{
    private readonly string[] _elements;

    public X12Segment(string id, params string[] elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _elements = [id, .. elements];
    }

    private X12Segment(string[] elements) => _elements = elements;

    public string Id => _elements[0];

    /// <summary>The number of data elements (the id not counted), trailing empty ones included as sent.</summary>
    public int Count => _elements.Length - 1;

    /// <summary>The element at a 1-based position, or "" when the segment is shorter (X12 drops trailing empties).</summary>
    public string this[int position] => position < _elements.Length ? _elements[position] : "";

    /// <summary>A component of a composite element, e.g. <c>Component(1, 2)</c> of <c>SV1*HC:97124</c> is "97124".</summary>
    public string Component(int position, int component, X12Delimiters delimiters)
    {
        var value = this[position];
        var parts = value.Split(delimiters.Component);
        return component <= parts.Length ? parts[component - 1] : "";
    }

    public IReadOnlyList<string> DataElements => _elements[1..];

    internal static X12Segment Parse(string text, X12Delimiters delimiters) => new(text.Split(delimiters.Element));

    public string ToString(X12Delimiters delimiters)
    {
        var last = _elements.Length - 1;
        while (last > 0 && _elements[last].Length == 0)
        {
            last--;
        }

        return string.Join(delimiters.Element, _elements, 0, last + 1) + delimiters.Segment;
    }

    public override string ToString() => ToString(X12Delimiters.Default);
}
