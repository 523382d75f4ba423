namespace Ballaura.Contracts.Scheduling;

/// <summary>R10: staff marked the patient as not having come, after the visit's start. Billing decides the amount (R22 for L&amp;I).</summary>
public sealed record NoShowFeeDue(
    Guid BookingId,
    Guid PatientId,
    Guid? CaseId,
    CoverageType? CoverageType,
    DateTimeOffset StartsAt,
    DateTimeOffset MarkedAt,
    string Rule);
