namespace Ballaura.Intake.Paperwork;

/// <summary>
/// A version of one of the clinic's documents a patient signs (R8). Versions are never edited: a change is a new
/// version, and a patient who signed an older one signs again.
/// </summary>
public sealed class ClinicDocument
{
    public string Id { get; private set; } = "";
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }

    private ClinicDocument()
    {
    }

    public static ClinicDocument Publish(string id, int version, string title, string text, DateTimeOffset now) => new()
    {
        Id = id,
        Version = version,
        Title = title,
        Text = text,
        PublishedAt = now,
    };
}

/// <summary>A patient's signature on one version of a clinic document: typed name, when, from where (R8).</summary>
public sealed class Signature
{
    public Guid Id { get; private set; }
    public Guid PatientId { get; private set; }
    public Guid CaseId { get; private set; }
    public string DocumentId { get; private set; } = "";
    public int DocumentVersion { get; private set; }
    public string TypedName { get; private set; } = "";
    public DateTimeOffset SignedAt { get; private set; }
    public string? IpAddress { get; private set; }

    private Signature()
    {
    }

    public static Signature Sign(Guid patientId, Guid caseId, ClinicDocument document, string typedName, string? ipAddress, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = patientId,
        CaseId = caseId,
        DocumentId = document.Id,
        DocumentVersion = document.Version,
        TypedName = typedName,
        SignedAt = now,
        IpAddress = ipAddress,
    };
}
