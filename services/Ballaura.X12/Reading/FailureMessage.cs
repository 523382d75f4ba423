using System.Runtime.CompilerServices;

namespace Ballaura.X12.Reading;

/// <summary>
/// An interpolated message that is only built when its condition is false (the same idea as
/// Debug.Assert's handler), so a check that passes costs no string formatting.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool build)
    {
        build = !condition;
        _text = build ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
