namespace Ballaura.X12.Claims;

/// <summary>SBR09: how the claim is filed — commercial insurance, workers' compensation, or auto (PIP).</summary>
public enum ClaimFiling
{
    Commercial = 1,
    WorkersCompensation = 2,
    AutoMedical = 3,
}

public sealed record ClaimAddress(string Line1, string? Line2, string City, string State, string PostalCode);

/// <summary>A person or organisation on a claim; <paramref name="First"/> is null for an organisation.</summary>
public sealed record ClaimName(string LastOrOrganization, string? First);

/// <summary>The clinic as billing provider (2010AA): NPI, tax id, address, taxonomy 225700000X (massage therapist).</summary>
public sealed record BillingProvider(string Name, string Npi, string TaxId, ClaimAddress Address, string Taxonomy = Claim837.MassageTherapistTaxonomy);

/// <summary>
/// The subscriber (2010BA): the insured for commercial and PIP claims; for workers' compensation, the employer — the
/// worker is then the patient (2000C).
/// </summary>
public sealed record Subscriber(ClaimName Name, string MemberId, string? GroupNumber, DateOnly? BirthDate, string Gender, ClaimAddress? Address);

/// <summary>The injured worker on a workers' compensation claim (2000C / 2010CA).</summary>
public sealed record ClaimPatient(ClaimName Name, DateOnly BirthDate, string Gender, ClaimAddress? Address);

/// <summary>A practitioner on the claim (referring prescriber NM1*DN, rendering therapist NM1*82).</summary>
public sealed record Practitioner(ClaimName Name, string Npi);

/// <summary>One service line (2400): CPT code and modifiers, charge, units, date and up to four diagnosis pointers (1-based).</summary>
public sealed record ProfessionalLine(string Code, IReadOnlyList<string> Modifiers, decimal Charge, decimal Units, DateOnly DateOfService, IReadOnlyList<int> DiagnosisPointers);

/// <summary>
/// One professional claim (837P, 005010X222A1, paper equivalent CMS-1500). <paramref name="Frequency"/> is CLM05-3:
/// 1 original, 7 replacement, 8 void (the last two carry the payer's original claim number, REF*F8).
/// </summary>
/// <param name="ClaimNumber">The property and casualty claim number (REF*Y4): the PIP or L&amp;I claim.</param>
/// <param name="Diagnoses">ICD-10-CM codes as the prescription states them; written without the decimal point.</param>
public sealed record ProfessionalClaim(
    string ControlNumber,
    ClaimFiling Filing,
    int Frequency,
    string? OriginalPayerClaimNumber,
    Subscriber Subscriber,
    ClaimPatient? Patient,
    ClaimName PayerName,
    string PayerId,
    string? ClaimNumber,
    DateOnly? AccidentDate,
    string? AccidentState,
    string? PriorAuthorization,
    IReadOnlyList<string> Diagnoses,
    Practitioner Referring,
    Practitioner Rendering,
    IReadOnlyList<ProfessionalLine> Lines,
    string PlaceOfService = "11")
{
    public decimal TotalCharge => Lines.Sum(l => l.Charge);
}
