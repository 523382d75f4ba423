namespace Ballaura.Contracts.Eligibility;

/// <summary>
/// The payer confirmed active coverage for the case (R7). Scheduling books against it; the numbers that decide
/// the patient's share stay in Eligibility (ask it for the snapshot or an estimate).
/// </summary>
/// <param name="ServiceDate">The visit date the inquiry was made for.</param>
/// <param name="FellBackToHealthPlan">The payer answered for the health plan (30), not for massage (BE): massage benefits unconfirmed.</param>
/// <param name="AuthorizationRequired">The payer requires an authorization (HMO, L&amp;I visit 7+) before visits are billed.</param>
/// <param name="VisitsRemaining">Visits left in the plan year as the payer stated them, if it did.</param>
/// <param name="Copay">The fixed copay per visit the plan states (R16), if it does: Billing assigns it at the visit.</param>
public sealed record CoverageVerified(
    Guid CaseId,
    Guid PatientId,
    Guid? SnapshotId,
    DateTimeOffset VerifiedAt,
    DateOnly ServiceDate,
    bool FellBackToHealthPlan,
    bool AuthorizationRequired,
    int? VisitsRemaining,
    decimal? Copay = null);
