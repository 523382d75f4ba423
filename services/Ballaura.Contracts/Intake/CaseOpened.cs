namespace Ballaura.Contracts.Intake;

/// <summary>
/// An insurance case was opened at intake. Carries ids and the coverage type only, never PHI:
/// a consumer that needs the patient's details asks Intake with the case id.
/// </summary>
public sealed record CaseOpened(Guid CaseId, Guid PatientId, CoverageType CoverageType, DateTimeOffset OpenedAt);
