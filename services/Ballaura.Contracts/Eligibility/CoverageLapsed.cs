namespace Ballaura.Contracts.Eligibility;

/// <summary>A case verified before is no longer covered (found at a re-verification): visits must not be booked on it.</summary>
public sealed record CoverageLapsed(Guid CaseId, Guid PatientId, DateTimeOffset DetectedAt, string Reason);
