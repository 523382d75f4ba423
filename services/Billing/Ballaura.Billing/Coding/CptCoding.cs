namespace Ballaura.Billing.Coding;

/// <summary>How timed minutes become units: over the visit's total timed minutes (CMS), or code by code (some payers).</summary>
public enum UnitMethod
{
    TotalTime = 1,
    PerCode = 2,
}

/// <summary>One claim line: a CPT code, its units and the minutes behind them.</summary>
public sealed record CptLine(string Code, int Units, int Minutes, bool Timed);

/// <summary>
/// Turns a session's minutes per modality (R15) into CPT lines. Timed codes (97124 massage, 97140 manual therapy,
/// 97112 neuromuscular re-education) follow the 8-minute rule: 8–22 minutes are 1 unit, 23–37 are 2, 38–52 are 3,
/// and so on; untimed codes (97010 hot/cold packs) are one unit whatever the minutes.
/// </summary>
public static class CptCoding
{
    public const string Massage = "97124";
    public const string ManualTherapy = "97140";
    public const string NeuromuscularReeducation = "97112";
    public const string HotColdPacks = "97010";

    /// <summary>The clinic's default: which code each modality of the seed's list is billed under.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultModalityCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["swedish"] = Massage,
        ["deep-tissue"] = Massage,
        ["reflexology"] = Massage,
        ["trigger-point-therapy"] = ManualTherapy,
        ["myofascial-release"] = ManualTherapy,
        ["cupping"] = ManualTherapy,
        ["neuromuscular-therapy"] = NeuromuscularReeducation,
        ["hot-cold-packs"] = HotColdPacks,
    };

    private static readonly HashSet<string> Untimed = [HotColdPacks];

    /// <summary>Units for a number of timed minutes under the 8-minute rule.</summary>
    public static int UnitsFor(int minutes) => minutes < 8 ? 0 : ((minutes - 8) / 15) + 1;

    public static IReadOnlyList<CptLine> Code(IEnumerable<(string Modality, int Minutes)> session, UnitMethod method, IReadOnlyDictionary<string, string>? modalityCodes = null)
    {
        var codes = modalityCodes ?? DefaultModalityCodes;
        var byCode = session
            .GroupBy(m => codes.TryGetValue(m.Modality, out var code) ? code : throw new ArgumentException($"No CPT code for the modality '{m.Modality}'."))
            .Select(g => (Code: g.Key, Minutes: g.Sum(m => m.Minutes)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var lines = byCode.Where(c => Untimed.Contains(c.Code)).Select(c => new CptLine(c.Code, 1, c.Minutes, Timed: false)).ToList();
        var timed = byCode.Where(c => !Untimed.Contains(c.Code)).ToList();
        lines.AddRange(method == UnitMethod.PerCode
            ? timed.Select(c => new CptLine(c.Code, UnitsFor(c.Minutes), c.Minutes, Timed: true))
            : SpreadTotal(timed));
        return lines.Where(l => l.Units > 0).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// CMS's way: the units come from the total timed minutes; each code first gets its whole 15-minute units, and
    /// the units left go to the codes with the most minutes left over (33 min of 97124 + 7 min of 97140 = 40 min
    /// = 3 units: 2 × 97124 and 1 × 97140).
    /// </summary>
    private static IEnumerable<CptLine> SpreadTotal(List<(string Code, int Minutes)> timed)
    {
        var total = UnitsFor(timed.Sum(c => c.Minutes));
        var units = timed.ToDictionary(c => c.Code, c => c.Minutes / 15);
        // Whole units never exceed the total's units (⌊t/15⌋ ≤ ⌊(t+7)/15⌋), so what is left is never negative.
        var left = total - units.Values.Sum();
        foreach (var code in timed.OrderByDescending(c => c.Minutes % 15).ThenByDescending(c => c.Minutes).Select(c => c.Code).Take(left))
        {
            units[code]++;
        }

        return timed.Select(c => new CptLine(c.Code, units[c.Code], c.Minutes, Timed: true));
    }
}
