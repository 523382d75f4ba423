using System.Text.RegularExpressions;

namespace Ballaura.Intake.Prescriptions;

/// <summary>
/// An ICD-10-CM code as written on a prescription: 3–7 characters, a letter, a digit, then letters or digits, with
/// the dot after the third (S13.4XXA). Written without the dot (S134XXA) it is read the same; the dot anywhere else is
/// a typo and refused. Stored with the dot; claims drop it (837P). The format is checked, not the code set: whether a
/// code exists is the prescriber's matter (therapists may not diagnose, R4), but two patterns earn a warning.
/// </summary>
public static partial class Icd10Code
{
    /// <summary>The code in its stored form (upper case, dot after the third character), or null when it is not one.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim().ToUpperInvariant();
        var dot = trimmed.IndexOf('.');
        if (dot >= 0 && (dot != 3 || trimmed.Length == 4 || trimmed.LastIndexOf('.') != dot))
        {
            return null;
        }

        var bare = trimmed.Replace(".", "", StringComparison.Ordinal);
        return Shape().IsMatch(bare) ? (bare.Length == 3 ? bare : $"{bare[..3]}.{bare[3..]}") : null;
    }

    /// <summary>Warnings a person should read, never refusals (the system does not diagnose).</summary>
    public static IEnumerable<string> Warnings(string normalized)
    {
        var bare = normalized.Replace(".", "", StringComparison.Ordinal);
        if (bare[0] is 'S' or 'T' && bare.Length < 7)
        {
            yield return $"{normalized}: injury codes usually need a 7th character (A initial, D subsequent, S sequela).";
        }

        if (bare[0] is 'S' or 'T' && bare.Length == 7 && bare[6] == 'A')
        {
            yield return $"{normalized}: therapy visits usually carry the 7th character D (subsequent encounter), not A.";
        }
    }

    [GeneratedRegex("^[A-Z][0-9][0-9A-Z]([0-9A-Z]{1,4})?$")]
    private static partial Regex Shape();
}
