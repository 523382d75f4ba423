namespace Ballaura.Contracts.Eligibility;

/// <summary>
/// The payer answered and coverage cannot be confirmed: inactive, not covered, or the member was not found.
/// <paramref name="Reason"/> says why in plain words; <paramref name="NextStep"/> what the patient or staff can do.
/// </summary>
/// <param name="ReasonCode">A stable code: inactive, not-covered, member-not-found, third-party-claim, rejected-&lt;AAA03&gt;.</param>
public sealed record CoverageNotVerified(
    Guid CaseId,
    Guid PatientId,
    DateTimeOffset At,
    string ReasonCode,
    string Reason,
    string NextStep);
