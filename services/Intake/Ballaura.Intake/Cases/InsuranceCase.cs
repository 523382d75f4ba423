using Ballaura.Contracts;

namespace Ballaura.Intake.Cases;

public enum CaseStatus
{
    Opened = 1,
}

/// <summary>A patient's insurance case of one coverage type (R1–R3). Grows with the intake rules.</summary>
public sealed class InsuranceCase
{
    public Guid Id { get; private set; }
    public Guid PatientId { get; private set; }
    public Patient Patient { get; private set; } = null!;
    public CoverageType CoverageType { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    private InsuranceCase()
    {
    }

    public static InsuranceCase Open(Patient patient, CoverageType coverageType, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = patient.Id,
        Patient = patient,
        CoverageType = coverageType,
        Status = CaseStatus.Opened,
        OpenedAt = now,
    };
}
