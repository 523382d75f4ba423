namespace Ballaura.Contracts.Intake;

public sealed record ClaimAddressDetails(string Line1, string? Line2, string City, string State, string PostalCode);

/// <summary>
/// What a claim (837P) needs from Intake about a case and one of its prescriptions, as Intake answers Billing over HTTP
/// (role "service") — never carried on the bus. <c>EmployerName</c>: an L&amp;I claim's subscriber. Diagnosis codes are as the prescription states them, in its order.
/// </summary>
public sealed record ClaimDetails(
    Guid CaseId,
    Guid PatientId,
    CoverageType CoverageType,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    ClaimAddressDetails? Address,
    string? PayerId,
    string? PayerName,
    string? MemberId,
    string? GroupNumber,
    string? ClaimNumber,
    DateOnly? DateOfInjury,
    string? StateOfInjury,
    string PrescriberName,
    string PrescriberNpi,
    IReadOnlyList<string> DiagnosisCodes,
    string? EmployerName = null);
