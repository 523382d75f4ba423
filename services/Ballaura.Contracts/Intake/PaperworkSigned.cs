namespace Ballaura.Contracts.Intake;

/// <summary>A patient signed a version of the clinic's paperwork and payment policy (R8).</summary>
public sealed record PaperworkSigned(Guid CaseId, Guid PatientId, string DocumentId, int DocumentVersion, DateTimeOffset SignedAt);
