namespace Ballaura.Contracts.Intake;

/// <summary>
/// A prescription was recorded on a case (R4): the visits and dates Scheduling books against (R13). The diagnosis
/// codes stay in Intake; a service that needs them for a claim asks with the prescription id.
/// </summary>
public sealed record PrescriptionRecorded(
    Guid CaseId,
    Guid PatientId,
    Guid PrescriptionId,
    int VisitsPrescribed,
    int VisitsPerWeek,
    DateOnly PrescribedOn,
    DateOnly? ExpiresOn,
    DateTimeOffset RecordedAt);
