namespace Ballaura.Intake.Prescriptions;

public enum PrescriberRole
{
    Doctor = 1,
    Chiropractor = 2,
}

/// <summary>
/// A prescription for massage (R4), as staff transcribe it from the document the patient sent: who prescribed it,
/// the diagnosis codes (the only way a diagnosis reaches a case), how many visits and how often, and its dates.
/// </summary>
public sealed class Prescription
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string PrescriberName { get; private set; } = "";
    public PrescriberRole PrescriberRole { get; private set; }
    public string PrescriberNpi { get; private set; } = "";

    /// <summary>ICD-10-CM codes with their dots, in the prescription's order (the claim's diagnosis pointers follow it).</summary>
    public List<string> DiagnosisCodes { get; private set; } = [];

    public int VisitsPrescribed { get; private set; }
    public int VisitsPerWeek { get; private set; }
    public DateOnly PrescribedOn { get; private set; }

    /// <summary>As written; when absent, Scheduling applies the clinic's default validity (R13).</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The scanned prescription it was read from, when it is on the case.</summary>
    public Guid? DocumentId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private Prescription()
    {
    }

    public static Prescription Record(
        Guid caseId, string prescriberName, PrescriberRole role, string npi, IReadOnlyList<string> diagnosisCodes, int visits, int perWeek,
        DateOnly prescribedOn, DateOnly? expiresOn, Guid? documentId, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        PrescriberName = prescriberName,
        PrescriberRole = role,
        PrescriberNpi = npi,
        DiagnosisCodes = [.. diagnosisCodes],
        VisitsPrescribed = visits,
        VisitsPerWeek = perWeek,
        PrescribedOn = prescribedOn,
        ExpiresOn = expiresOn,
        DocumentId = documentId,
        RecordedAt = now,
        RecordedBy = recordedBy,
    };
}
