using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ballaura.X12.Reading;

/// <summary>
/// Follows the nesting ISA ⊃ GS ⊃ ST and checks each envelope as it closes: the trailer's control number
/// matches the header's, and its count matches what was inside (SE01 counts ST through SE).
/// </summary>
internal sealed class EnvelopeTracker
{
    private string? _isaControl;
    private int _groups;
    private string? _gsControl;
    private int _transactions;
    private string? _stType;
    private string? _stControl;
    private int _segments;
    private bool _sawInterchange;

    public bool ExpectsInterchange => _isaControl is null;

    public (string Type, string ControlNumber)? Transaction => _stControl is null ? null : (_stType!, _stControl);

    public void Track(X12Segment segment, long position)
    {
        if (_stControl is not null)
        {
            _segments++;
        }

        switch (segment.Id)
        {
            case "ISA":
                Require(_isaControl is null, "An ISA inside an interchange that has not ended (IEA missing).", position);
                _isaControl = segment[13];
                Require(_isaControl.Length == 9 && _isaControl.All(char.IsAsciiDigit), $"ISA13 must be a 9-digit control number, not '{_isaControl}'.", position);
                _groups = 0;
                _sawInterchange = true;
                break;
            case "GS":
                Require(_isaControl is not null && _gsControl is null, "A GS outside an interchange or inside an open group.", position);
                _gsControl = segment[6];
                _transactions = 0;
                _groups++;
                break;
            case "ST":
                Require(_gsControl is not null && _stControl is null, "An ST outside a functional group or inside an open transaction.", position);
                _stType = segment[1];
                _stControl = segment[2];
                _segments = 1;
                _transactions++;
                break;
            case "SE":
                Require(_stControl is not null, "An SE without its ST.", position);
                Require(Count(segment[1]) == _segments, $"SE01 says {segment[1]} segments; the transaction has {_segments} (ST through SE).", position);
                Require(segment[2] == _stControl, $"SE02 '{segment[2]}' does not match ST02 '{_stControl}'.", position);
                _stControl = null;
                _stType = null;
                break;
            case "GE":
                Require(_gsControl is not null && _stControl is null, "A GE outside a group or before its last transaction ended (SE missing).", position);
                Require(Count(segment[1]) == _transactions, $"GE01 says {segment[1]} transactions; the group has {_transactions}.", position);
                Require(segment[2] == _gsControl, $"GE02 '{segment[2]}' does not match GS06 '{_gsControl}'.", position);
                _gsControl = null;
                break;
            case "IEA":
                Require(_isaControl is not null && _gsControl is null, "An IEA outside an interchange or before its last group ended (GE missing).", position);
                Require(Count(segment[1]) == _groups, $"IEA01 says {segment[1]} groups; the interchange has {_groups}.", position);
                Require(segment[2] == _isaControl, $"IEA02 '{segment[2]}' does not match ISA13 '{_isaControl}'.", position);
                _isaControl = null;
                break;
            default:
                Require(_stControl is not null, $"The {segment.Id} segment is outside a transaction (between ST and SE).", position);
                break;
        }
    }

    /// <summary>At the end of the input: everything opened must have been closed.</summary>
    public void Finish(long position)
    {
        Require(_sawInterchange, "The file holds no interchange.", position);
        Require(_stControl is null, $"The file ends inside transaction {_stControl} (SE missing): it was cut short.", position);
        Require(_gsControl is null, $"The file ends inside functional group {_gsControl} (GE missing): it was cut short.", position);
        Require(_isaControl is null, $"The file ends inside interchange {_isaControl} (IEA missing): it was cut short.", position);
    }

    private static int Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : -1;

    private static void Require(bool condition, string message, long position)
    {
        if (!condition)
        {
            throw new X12FormatException(message, position);
        }
    }

    /// <summary>The message is formatted only when the condition fails: these checks run for every segment.</summary>
    private static void Require(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message, long position)
    {
        if (!condition)
        {
            throw new X12FormatException(message.ToStringAndClear(), position);
        }
    }
}
