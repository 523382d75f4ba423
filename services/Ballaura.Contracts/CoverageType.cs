namespace Ballaura.Contracts;

/// <summary>The three ways the clinic is paid for a medical massage (domain rules R1–R3).</summary>
public enum CoverageType
{
    WorkersCompensation = 1,
    PersonalInjuryProtection = 2,
    MajorMedical = 3,
}
