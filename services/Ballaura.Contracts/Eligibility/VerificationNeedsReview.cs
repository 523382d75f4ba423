namespace Ballaura.Contracts.Eligibility;

/// <summary>
/// A case waits for staff on the manual review queue: a payer that has not answered for a while (automatic
/// retries continue), a PIP or L&amp;I claim to confirm with the adjuster, or an answer that needs a human.
/// </summary>
public sealed record VerificationNeedsReview(Guid CaseId, Guid PatientId, DateTimeOffset At, string Reason);
