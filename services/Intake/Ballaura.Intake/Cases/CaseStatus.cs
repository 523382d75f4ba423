namespace Ballaura.Intake.Cases;

/// <summary>Where a case stands on its way from first contact to scheduling (seed: Step 1 … Step 5).</summary>
public enum CaseStatus
{
    Opened = 1,
    AwaitingDocuments = 2,
    ReadyForVerification = 3,
    Verified = 4,
    VerificationFailed = 5,
    AwaitingSignature = 6,
    ReadyToSchedule = 7,
    Refused = 8,
    Closed = 9,
}

/// <summary>The moves a case may make; anything else is refused (409), never half-done.</summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Opened] = [CaseStatus.AwaitingDocuments, CaseStatus.ReadyForVerification, CaseStatus.Refused, CaseStatus.Closed],
        [CaseStatus.AwaitingDocuments] = [CaseStatus.ReadyForVerification, CaseStatus.Refused, CaseStatus.Closed],
        [CaseStatus.ReadyForVerification] = [CaseStatus.Verified, CaseStatus.VerificationFailed, CaseStatus.AwaitingDocuments, CaseStatus.Refused, CaseStatus.Closed],
        [CaseStatus.Verified] = [CaseStatus.AwaitingSignature, CaseStatus.ReadyToSchedule, CaseStatus.VerificationFailed, CaseStatus.Closed],
        [CaseStatus.VerificationFailed] = [CaseStatus.ReadyForVerification, CaseStatus.AwaitingDocuments, CaseStatus.Verified, CaseStatus.Refused, CaseStatus.Closed],
        [CaseStatus.AwaitingSignature] = [CaseStatus.ReadyToSchedule, CaseStatus.VerificationFailed, CaseStatus.Closed],
        [CaseStatus.ReadyToSchedule] = [CaseStatus.AwaitingSignature, CaseStatus.VerificationFailed, CaseStatus.Closed],
        [CaseStatus.Refused] = [],
        [CaseStatus.Closed] = [],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    /// <summary>A case whose insurance details can still be changed by the patient or staff.</summary>
    public static bool IsOpen(CaseStatus status) => status is not (CaseStatus.Refused or CaseStatus.Closed);
}

/// <summary>An illegal move, answered with 409 and these words.</summary>
public sealed class CaseTransitionException(CaseStatus from, CaseStatus to)
    : InvalidOperationException($"A case that is {from} cannot become {to}.")
{
    public CaseStatus From { get; } = from;
    public CaseStatus To { get; } = to;
}
