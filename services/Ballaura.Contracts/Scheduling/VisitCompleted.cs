namespace Ballaura.Contracts.Scheduling;

/// <summary>Minutes spent on one modality in a session (R15), e.g. ("trigger-point-therapy", 20).</summary>
public sealed record ModalityMinutes(string Modality, int Minutes);

/// <summary>A non-insurance service performed with the visit: every one is charged (add-ons done and never billed are a known leak).</summary>
public sealed record AddOnPerformed(string ServiceCode, string Name, decimal Price);

/// <summary>
/// A visit took place and its session record is complete (R15): what Billing needs to charge and claim it. The
/// diagnosis codes stay with the prescription in Intake (Billing asks with <paramref name="PrescriptionId"/>).
/// </summary>
/// <param name="DateOfService">The visit's date in the clinic's time zone.</param>
/// <param name="VisitNumber">The visit's number on the case (L&amp;I counts per claim), null for a non-insurance visit.</param>
public sealed record VisitCompleted(
    Guid BookingId,
    Guid PatientId,
    Guid? CaseId,
    CoverageType? CoverageType,
    Guid? PrescriptionId,
    Guid TherapistId,
    string TherapistNpi,
    string TherapistName,
    DateTimeOffset StartsAt,
    DateOnly DateOfService,
    int? VisitNumber,
    string? AuthorizationNumber,
    IReadOnlyList<ModalityMinutes> Modalities,
    IReadOnlyList<AddOnPerformed> AddOns,
    DateTimeOffset CompletedAt);
