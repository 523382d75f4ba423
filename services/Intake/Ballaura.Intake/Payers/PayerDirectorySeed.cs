using Ballaura.Contracts;

namespace Ballaura.Intake.Payers;

/// <summary>
/// The directory as the clinic's text states it (R3: Premera, Aetna, Kaiser PPO and HMO; R1 L&amp;I; R2 auto PIP),
/// written by the migrations so every environment starts with it. Staff change it afterwards.
/// </summary>
internal static class PayerDirectorySeed
{
    private static readonly DateTimeOffset Seeded = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

    public static object[] Rows =>
    [
        Row("premera", "Premera Blue Cross", CoverageType.MajorMedical, "00430"),
        Row("aetna", "Aetna", CoverageType.MajorMedical, "60054"),
        Row("kaiser-ppo", "Kaiser Permanente PPO", CoverageType.MajorMedical, "91051"),
        Row("kaiser-hmo", "Kaiser Permanente HMO", CoverageType.MajorMedical, "91052"),
        Row("regence", "Regence BlueShield", CoverageType.MajorMedical, "00851", accepted: false),
        Row("wa-lni", "Washington L&I", CoverageType.WorkersCompensation, null),
        Row("auto-pip", "Auto insurance (PIP)", CoverageType.PersonalInjuryProtection, null),
    ];

    private static object Row(string id, string name, CoverageType coverageType, string? clearinghouseId, bool accepted = true) => new
    {
        Id = id,
        Name = name,
        CoverageType = coverageType,
        ClearinghouseId = clearinghouseId,
        Accepted = accepted,
        TakingNewClients = accepted,
        UpdatedAt = Seeded,
        Version = 1,
    };
}
