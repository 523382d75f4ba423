namespace Ballaura.Contracts.Intake;

/// <summary>Front desk closed a case (treatment finished, the patient withdrew): nothing more is booked on it.</summary>
public sealed record CaseClosed(Guid CaseId, Guid PatientId, DateTimeOffset At);
