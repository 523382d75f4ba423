namespace Ballaura.Contracts.Intake;

/// <summary>
/// A case has what verification needs (R7): for major medical the payer, member id, card and prescription; for PIP
/// and L&amp;I the claim details and prescription. Ids only: Eligibility asks Intake for the insured's details with the
/// case id (they never travel on the bus). Published again when a case returns to ready after its details changed.
/// </summary>
public sealed record CaseReadyForVerification(Guid CaseId, Guid PatientId, CoverageType CoverageType, DateTimeOffset ReadyAt);
