namespace Ballaura.Intake.Cases;

/// <summary>A person to reach about the claim: the adjuster (R1, R2) or the patient's attorney (R2, if any).</summary>
public sealed record Contact(string Name, string? Phone, string? Email)
{
    private Contact() : this("", null, null) // for EF Core
    {
    }
}

/// <summary>
/// What intake collects about the coverage (R1–R3, R21). Which fields apply depends on the coverage type; the
/// validation in <see cref="UpdateInsurance"/> says which.
/// </summary>
public sealed record InsuranceDetails(
    string? ClaimNumber,
    DateOnly? DateOfInjury,
    string? StateOfInjury,
    Contact? Adjuster,
    Contact? Attorney,
    string? MemberId,
    string? GroupNumber,
    bool? ClaimOnOwnPolicy,
    bool? InjuryReportApplicable,
    string? Employer = null)
{
    // For EF Core: the adjuster and attorney are owned entities, which a constructor cannot take.
    private InsuranceDetails() : this(null, null, null, null, null, null, null, null, null, null)
    {
    }

    // A new instance each time: EF Core tracks an owned value with its one owner.
    public static InsuranceDetails None => new();
}
