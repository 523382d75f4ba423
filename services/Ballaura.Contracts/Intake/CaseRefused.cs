namespace Ballaura.Contracts.Intake;

/// <summary>A case was refused at intake; <paramref name="Rule"/> names why (R6 payer, R21 third-party PIP claim).</summary>
public sealed record CaseRefused(Guid CaseId, Guid PatientId, string Rule, DateTimeOffset At);
