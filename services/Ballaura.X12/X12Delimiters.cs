namespace Ballaura.X12;

/// <summary>
/// The four separators of an interchange. They are not fixed by the standard: each sender declares them in
/// its ISA segment, which has a fixed layout (106 characters including the segment terminator).
/// </summary>
public sealed record X12Delimiters(char Element, char Component, char Repetition, char Segment)
{
    public const int IsaLength = 106;

    /// <summary>The usual choice: <c>*</c>, <c>:</c>, <c>^</c>, <c>~</c>.</summary>
    public static X12Delimiters Default { get; } = new('*', ':', '^', '~');

    /// <summary>Reads the separators from the first 106 characters of an interchange (the ISA segment).</summary>
    public static X12Delimiters FromIsa(ReadOnlySpan<char> isa)
    {
        if (isa.Length < IsaLength || !isa.StartsWith("ISA", StringComparison.Ordinal))
        {
            throw new X12FormatException("The interchange does not start with a complete ISA segment (106 characters).", 1);
        }

        var element = isa[3];
        // ISA has 16 elements: the 16th separator is at 103, the component separator at 104, the terminator at 105.
        var separators = 0;
        for (var i = 3; i < 104; i++)
        {
            if (isa[i] == element)
            {
                separators++;
            }
        }

        if (separators != 16 || isa[103] != element)
        {
            throw new X12FormatException($"The ISA segment must have 16 elements of fixed width; found {separators} separators where 16 belong.", 1);
        }

        var repetition = isa[82];
        var delimiters = new X12Delimiters(element, isa[104], repetition, isa[105]);
        if (new[] { delimiters.Element, delimiters.Component, delimiters.Segment }.Distinct().Count() != 3 || char.IsLetterOrDigit(delimiters.Segment))
        {
            throw new X12FormatException("The ISA declares separators that collide or are letters or digits.", 1);
        }

        return delimiters;
    }
}
