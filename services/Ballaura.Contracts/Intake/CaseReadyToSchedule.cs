namespace Ballaura.Contracts.Intake;

/// <summary>A case is verified and its paperwork signed: the clinic calls the patient to schedule (R9).</summary>
public sealed record CaseReadyToSchedule(Guid CaseId, Guid PatientId, DateTimeOffset At);
