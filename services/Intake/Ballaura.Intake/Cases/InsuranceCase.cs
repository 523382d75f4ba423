using Ballaura.Contracts;
using Ballaura.Intake.Payers;

namespace Ballaura.Intake.Cases;

/// <summary>
/// A patient's insurance case of one coverage type (R1–R3) with one payer (R6). Its status moves only by the
/// transitions in <see cref="CaseTransitions"/>; <see cref="Version"/> stops two people saving over each other.
/// </summary>
public sealed class InsuranceCase
{
    public Guid Id { get; private set; }
    public Guid PatientId { get; private set; }
    public Patient Patient { get; private set; } = null!;
    public CoverageType CoverageType { get; private set; }
    public string? PayerId { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Why the case was refused (with the rule), when it was.</summary>
    public string? RefusalReason { get; private set; }

    /// <summary>Why front desk closed the case, when it did.</summary>
    public string? ClosingReason { get; private set; }

    public InsuranceDetails Details { get; private set; } = InsuranceDetails.None;
    public int Version { get; private set; }

    private InsuranceCase()
    {
    }

    public static InsuranceCase Open(Patient patient, CoverageType coverageType, Payer? payer, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = patient.Id,
        Patient = patient,
        CoverageType = coverageType,
        PayerId = payer?.Id,
        Status = CaseStatus.Opened,
        OpenedAt = now,
        UpdatedAt = now,
        Version = 1,
    };

    public void UpdateDetails(InsuranceDetails details, DateTimeOffset now)
    {
        Details = details;
        Touch(now);
    }

    public void MoveTo(CaseStatus status, DateTimeOffset now)
    {
        if (status == Status)
        {
            return;
        }

        if (!CaseTransitions.CanMove(Status, status))
        {
            throw new CaseTransitionException(Status, status);
        }

        Status = status;
        Touch(now);
    }

    public void Close(string reason, DateTimeOffset now)
    {
        MoveTo(CaseStatus.Closed, now);
        ClosingReason = reason;
    }

    public void Refuse(string reason, DateTimeOffset now)
    {
        MoveTo(CaseStatus.Refused, now);
        RefusalReason = reason;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
