namespace Ballaura.Scheduling.Visits;

/// <summary>Minutes spent on one modality in a session.</summary>
public sealed record ModalityTime(string Modality, int Minutes);

/// <summary>
/// The therapist's record of a session (R15): minutes per modality, the treatment goals, the recommended series and
/// notes, and which booked add-ons were actually performed (each becomes a charge).
/// </summary>
public sealed record SessionRecord(
    IReadOnlyList<ModalityTime> Modalities,
    IReadOnlyList<string> Goals,
    int? RecommendedVisits,
    string? Notes,
    IReadOnlyList<string> AddOnsPerformed,
    DateTimeOffset RecordedAt,
    string RecordedBy)
{
    public int TotalMinutes => Modalities.Sum(m => m.Minutes);
}

/// <summary>The words of R15 (the seed's lists), as the API spells them.</summary>
public static class TreatmentVocabulary
{
    public static readonly IReadOnlySet<string> Modalities = new HashSet<string>(StringComparer.Ordinal)
    {
        "deep-tissue", "neuromuscular-therapy", "trigger-point-therapy", "swedish", "reflexology", "cupping", "myofascial-release",
    };

    public static readonly IReadOnlySet<string> Goals = new HashSet<string>(StringComparer.Ordinal)
    {
        "manage-pain", "improve-circulation", "relieve-nerve-compression", "reduce-inflammation", "increase-flexibility",
    };
}
