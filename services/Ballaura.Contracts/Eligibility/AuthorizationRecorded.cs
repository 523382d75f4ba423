namespace Ballaura.Contracts.Eligibility;

/// <summary>
/// The payer authorized visits for a case (Kaiser HMO, L&amp;I visits after the 6th): Scheduling books within its
/// visits and dates (R13), Billing puts its number on the claim (REF*G1).
/// </summary>
public sealed record AuthorizationRecorded(
    Guid CaseId,
    Guid PatientId,
    Guid AuthorizationId,
    string Number,
    int VisitsAllowed,
    DateOnly ValidFrom,
    DateOnly? ValidThrough,
    DateTimeOffset RecordedAt);
