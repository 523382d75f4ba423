namespace Ballaura.Contracts.Intake;

/// <summary>
/// What a payer inquiry needs about a case's insured, as Intake answers it over HTTP to another service (role
/// "service") asking with the case id — never carried on the bus.
/// </summary>
/// <param name="PayerId">The payer's clearinghouse id (NM1*PR), null for L&amp;I and PIP.</param>
public sealed record InsuredDetails(
    Guid CaseId,
    Guid PatientId,
    CoverageType CoverageType,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string? PayerId,
    string? PayerName,
    string? MemberId,
    string? GroupNumber,
    string? ClaimNumber,
    DateOnly? DateOfInjury);
