namespace Ballaura.Contracts.Intake;

/// <summary>A document reached a case (R5): ids, its kind (card-front, injury-report, …) and channel (upload, fax, email). Never its content.</summary>
public sealed record DocumentReceived(Guid CaseId, Guid PatientId, Guid DocumentId, string Kind, string Channel, DateTimeOffset ReceivedAt);
