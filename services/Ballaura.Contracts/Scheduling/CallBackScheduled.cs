namespace Ballaura.Contracts.Scheduling;

/// <summary>The clinic will call the patient to schedule (R9): a call task is open, due at <paramref name="DueAt"/>.</summary>
public sealed record CallBackScheduled(Guid CallTaskId, Guid CaseId, Guid PatientId, DateTimeOffset DueAt);
