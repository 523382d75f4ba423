namespace Ballaura.Web.Scheduling;

/// <summary>Scheduling's answers as the staff pages read them (only the fields they show).</summary>
public sealed record CaseOverviewView(
    Guid CaseId, string? CoverageType, bool Verified, bool PaperworkSigned, bool CardOnFile, bool Closed, int VisitsHeld, int VisitsPrescribed,
    string Visits, DateTimeOffset? NextAppointment, string? BlockedBy, string? BlockedRule);

public sealed record CallOutcomeView(DateTimeOffset At, string By, string Outcome, string? Note, DateTimeOffset? CallAgainAt);

public sealed record CallTaskView(
    Guid Id, Guid CaseId, Guid PatientId, string Status, DateTimeOffset DueAt, int Attempts, string? TakenBy, DateTimeOffset? TakenUntil,
    IReadOnlyList<CallOutcomeView> Outcomes, CaseOverviewView? Case);

public sealed record ServiceView(string Code, string Name, string Kind, int Minutes, decimal? Price, bool BookableOnline);

public sealed record TherapistDayView(Guid TherapistId, string TherapistName, DateOnly Date, IReadOnlyList<DateTimeOffset> Starts);

public sealed record BookedServiceView(string Code, string Name, int Minutes, decimal? Price, bool Insurance);

public sealed record BookingView(
    Guid Id, Guid PatientId, Guid? CaseId, Guid TherapistId, string? TherapistName, DateTimeOffset Start, DateTimeOffset End, string ClinicLocalStart,
    string Channel, string Status, IReadOnlyList<BookedServiceView> Services, string? VisitLabel, DateTimeOffset? CheckedInAt, DateTimeOffset? CompletedAt,
    string? FeeRule, string CancellationPolicy);

public sealed record ModalityTimeView(string Modality, int Minutes);

public sealed record SessionView(
    IReadOnlyList<ModalityTimeView> Modalities, IReadOnlyList<string> Goals, int? RecommendedVisits, string? Notes, IReadOnlyList<string> AddOnsPerformed,
    DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>Who a patient is, from Intake (its patient answer, or the patient on its case answer).</summary>
public sealed record CasePatientView(Guid Id, string Name, DateOnly BirthDate, string? Phone, string? Email);

public sealed record IntakeCaseView(Guid Id, Guid PatientId, string CoverageType, string Status, CasePatientView? Patient);

/// <summary>A free start chosen in the availability grid.</summary>
public sealed record PickedSlot(Guid TherapistId, DateTimeOffset Start);
