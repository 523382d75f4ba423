namespace Ballaura.X12;

/// <summary>An interchange that breaks the X12 rules, with where (1-based segment position) and why.</summary>
public sealed class X12FormatException(string message, long segmentPosition) : Exception($"{message} (segment {segmentPosition})")
{
    public long SegmentPosition { get; } = segmentPosition;

    public string Reason { get; } = message;
}
