namespace Ballaura.Contracts.Intake;

/// <summary>
/// A case has what verification needs (R7): for major medical the prescription and the card, for PIP and L&amp;I the
/// claim details. Carries the minimum a payer inquiry needs — the insured's name, birth date and member id — and
/// nothing clinical. Published again when staff correct a member id or a name, so Eligibility verifies again.
/// </summary>
/// <param name="PayerId">The payer's id at the clearinghouse (major medical); null for PIP and L&amp;I.</param>
/// <param name="ClaimNumber">The PIP or L&amp;I claim number; null for major medical.</param>
public sealed record CaseReadyForVerification(
    Guid CaseId,
    Guid PatientId,
    CoverageType CoverageType,
    InsuredPerson Insured,
    string? PayerId,
    string? PayerName,
    string? MemberId,
    string? GroupNumber,
    string? ClaimNumber,
    DateOnly? DateOfInjury,
    DateTimeOffset ReadyAt);

public sealed record InsuredPerson(string FirstName, string LastName, DateOnly BirthDate);
