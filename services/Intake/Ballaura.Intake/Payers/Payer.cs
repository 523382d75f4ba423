using Ballaura.Contracts;

namespace Ballaura.Intake.Payers;

/// <summary>
/// A payer in the clinic's directory (R3, R6): whether the clinic accepts it at all, and whether it is taking new
/// insurance clients for it right now — a switch front desk flips when the schedule is full.
/// </summary>
public sealed class Payer
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public CoverageType CoverageType { get; private set; }

    /// <summary>The payer's id at the clearinghouse (NM1*PR), for the 270 and the 837P; null where none is used (L&amp;I, PIP carriers).</summary>
    public string? ClearinghouseId { get; private set; }

    public bool Accepted { get; private set; }
    public bool TakingNewClients { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    private Payer()
    {
    }

    public static Payer Add(string id, string name, CoverageType coverageType, string? clearinghouseId, DateTimeOffset now) => new()
    {
        Id = id,
        Name = name,
        CoverageType = coverageType,
        ClearinghouseId = clearinghouseId,
        Accepted = true,
        TakingNewClients = true,
        UpdatedAt = now,
        Version = 1,
    };

    public void SetTakingNewClients(bool taking, DateTimeOffset now)
    {
        TakingNewClients = taking;
        UpdatedAt = now;
        Version++;
    }

    public void SetAccepted(bool accepted, DateTimeOffset now)
    {
        Accepted = accepted;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>Why a new case cannot be opened with this payer (R6), or null when it can.</summary>
    public string? RefusalForNewCase(CoverageType coverageType) =>
        coverageType != CoverageType ? $"{Name} is not a {coverageType} payer."
        : !Accepted ? $"The clinic does not accept {Name} (R6)."
        : !TakingNewClients ? $"The clinic is not taking new {Name} clients right now (R6). Please call the clinic."
        : null;
}
