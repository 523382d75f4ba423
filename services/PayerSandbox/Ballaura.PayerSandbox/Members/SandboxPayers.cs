using Ballaura.X12.Eligibility;

namespace Ballaura.PayerSandbox.Members;

/// <summary>
/// The payers behind the sandbox clearinghouse and their seeded members. Each member shows one situation the front
/// desk meets: massage benefits with a deductible, a payer that answers only for 30, an inactive plan, an HMO that
/// requires authorization. Member ids starting with <see cref="LoadTestPrefix"/> are active Premera members of any
/// name (for benchmarks and resilience tests); <see cref="DeductibleMetPrefix"/> likewise, with the deductible met.
/// </summary>
public sealed class SandboxPayers
{
    public const string Premera = "00430";
    public const string Aetna = "60054";
    public const string KaiserPpo = "91051";
    public const string KaiserHmo = "91052";
    public const string LoadTestPrefix = "PRMLOAD";

    /// <summary>Member ids starting with this are active Premera members of any name whose deductible is already met.</summary>
    public const string DeductibleMetPrefix = "PRMMET";

    private static readonly DateOnly PlanYear = new(DateTime.UtcNow.Year, 1, 1);

    private readonly Dictionary<string, string> _payerNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [Premera] = "PREMERA BLUE CROSS",
        [Aetna] = "AETNA",
        [KaiserPpo] = "KAISER PERMANENTE PPO",
        [KaiserHmo] = "KAISER PERMANENTE HMO",
    };

    private readonly Dictionary<(string Payer, string MemberId), SandboxMember> _members = new()
    {
        [(Premera, "PRM100200300")] = new("DOE", new DateOnly(1980, 4, 12), "GRP-7700", PremeraHeritage(deductibleRemaining: 1000m, visitsRemaining: 20)),
        [(Premera, "PRM100200301")] = new("SMITH", new DateOnly(1975, 9, 30), "GRP-7700", PremeraHeritage(deductibleRemaining: 0m, visitsRemaining: 4)),
        [(Premera, "PRM000000INA")] = new("INACTIVE", new DateOnly(1990, 1, 1), "GRP-7700", Inactive),
        [(Aetna, "W123456789")] = new("RIVERA", new DateOnly(1985, 6, 15), "AET-55", AetnaChoiceOnly30),
        [(KaiserHmo, "KPH777000111")] = new("NGUYEN", new DateOnly(1969, 11, 2), "KP-HMO-1", KaiserHmoWithAuthorization),
        [(KaiserPpo, "KPP888000222")] = new("OLSEN", new DateOnly(1958, 3, 21), "KP-PPO-2", KaiserPpoDeductibleMet),
    };

    public string? PayerName(string payerId) => _payerNames.GetValueOrDefault(payerId);

    public SandboxMember? Find(string payerId, string memberId) =>
        _members.TryGetValue((payerId.ToUpperInvariant(), memberId.ToUpperInvariant()), out var member) ? member
        : payerId == Premera && memberId.StartsWith(LoadTestPrefix, StringComparison.OrdinalIgnoreCase) ? new SandboxMember(null, null, "GRP-LOAD", PremeraHeritage(1000m, 20))
        : payerId == Premera && memberId.StartsWith(DeductibleMetPrefix, StringComparison.OrdinalIgnoreCase) ? new SandboxMember(null, null, "GRP-LOAD", PremeraHeritage(0m, 20))
        : null;

    private static IReadOnlyList<BenefitLine> PremeraHeritage(decimal deductibleRemaining, int visitsRemaining) =>
    [
        Line("1", ["30", "BE"], plan: "HERITAGE PPO"),
        Line("C", ["BE"], period: "23", amount: 1000m, inNetwork: true),
        Line("C", ["BE"], period: "29", amount: deductibleRemaining, inNetwork: true),
        Line("C", ["BE"], period: "23", amount: 2500m, inNetwork: false),
        Line("A", ["BE"], percent: 0.2m, inNetwork: true),
        Line("A", ["BE"], percent: 0.5m, inNetwork: false),
        Line("G", ["BE"], period: "23", amount: 4000m, inNetwork: true),
        Line("G", ["BE"], period: "29", amount: 4000m - (1000m - deductibleRemaining), inNetwork: true),
        Line("F", ["BE"], period: "23", quantifier: "VS", quantity: 20, inNetwork: true, messages: ["MASSAGE THERAPY LIMITED TO 20 VISITS PER CALENDAR YEAR"]),
        Line("F", ["BE"], period: "29", quantifier: "VS", quantity: visitsRemaining, inNetwork: true),
    ];

    private static readonly IReadOnlyList<BenefitLine> Inactive =
    [
        Line("6", ["30"], plan: "HERITAGE PPO", messages: ["COVERAGE TERMINATED"]),
    ];

    /// <summary>Aetna ignores EQ*BE and answers for the plan as a whole.</summary>
    private static readonly IReadOnlyList<BenefitLine> AetnaChoiceOnly30 =
    [
        Line("1", ["30"], plan: "AETNA CHOICE POS II"),
        Line("C", ["30"], period: "23", amount: 500m, inNetwork: true),
        Line("C", ["30"], period: "29", amount: 120m, inNetwork: true),
        Line("A", ["30"], percent: 0.1m, inNetwork: true),
        Line("G", ["30"], period: "23", amount: 3000m, inNetwork: true),
        Line("G", ["30"], period: "29", amount: 2620m, inNetwork: true),
    ];

    private static readonly IReadOnlyList<BenefitLine> KaiserHmoWithAuthorization =
    [
        Line("1", ["30", "BE"], plan: "KAISER HMO", authorization: true, messages: ["REFERRAL AND AUTHORIZATION REQUIRED FOR MASSAGE THERAPY"]),
        Line("B", ["BE"], period: "27", amount: 20m, authorization: true, inNetwork: true),
        Line("F", ["BE"], period: "23", quantifier: "VS", quantity: 12, authorization: true, inNetwork: true),
        Line("F", ["BE"], period: "29", quantifier: "VS", quantity: 12, authorization: true, inNetwork: true),
    ];

    private static readonly IReadOnlyList<BenefitLine> KaiserPpoDeductibleMet =
    [
        Line("1", ["30", "BE"], plan: "KAISER PPO"),
        Line("C", ["BE"], period: "23", amount: 250m, inNetwork: true),
        Line("C", ["BE"], period: "29", amount: 0m, inNetwork: true),
        Line("A", ["BE"], percent: 0.3m, inNetwork: true),
    ];

    public static DateOnly PlanBegin => PlanYear;

    private static BenefitLine Line(
        string code, string[] types, string? plan = null, string? period = null, decimal? amount = null, decimal? percent = null,
        string? quantifier = null, decimal? quantity = null, bool? authorization = null, bool? inNetwork = null, string[]? messages = null) =>
        new(code, "IND", types, "PR", plan, period, amount, percent, quantifier, quantity, authorization, inNetwork, messages ?? []);
}

/// <summary>A seeded member: the name and birth date the payer holds (null = any), and what the payer answers.</summary>
public sealed record SandboxMember(string? LastName, DateOnly? BirthDate, string GroupNumber, IReadOnlyList<BenefitLine> Benefits);
