using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Ballaura.Intake.Validation;

/// <summary>The shapes intake accepts, shared by every request that carries the field.</summary>
public static partial class FieldRules
{
    public const int MaxNameLength = 100;

    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    };

    /// <summary>A value as stored: trimmed, and null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Letters (any script), spaces, apostrophes, hyphens and periods: no markup, no SQL, no control characters.</summary>
    public static bool IsName(string? value) => value is not null && PersonName().IsMatch(value.Trim()) && value.Trim().Length <= MaxNameLength;

    public static bool IsPhone(string? value) => value is not null && Phone().IsMatch(value) && value.Count(char.IsAsciiDigit) is >= 10 and <= 15;

    public static bool IsEmail(string? value) =>
        value is { Length: > 3 and <= 254 } && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.');

    /// <summary>An employer or other organisation: letters, digits, spaces and . , ' &amp; ( ) - / only, at most 100.</summary>
    public static bool IsOrganizationName(string? value) => value is not null && OrganizationName().IsMatch(value.Trim());

    public static bool IsUsState(string? value) => value is not null && UsStates.Contains(value);

    /// <summary>Washington L&amp;I claim numbers: one letter and six digits, or two letters and five (A123456, AB12345).</summary>
    public static bool IsLniClaimNumber(string? value) => value is not null && LniClaim().IsMatch(value);

    /// <summary>Member ids, group and claim numbers as payers print them: letters, digits and dashes.</summary>
    public static bool IsIdentifier(string? value, int maxLength = 30) =>
        value is not null && value.Length <= maxLength && Identifier().IsMatch(value);

    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M}' .\-]*$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^\+?[0-9 ().\-]{10,20}$")]
    private static partial Regex Phone();

    [GeneratedRegex("^([A-Z][0-9]{6}|[A-Z]{2}[0-9]{5})$")]
    private static partial Regex LniClaim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,'&()/-]{0,99}$")]
    private static partial Regex OrganizationName();
}
