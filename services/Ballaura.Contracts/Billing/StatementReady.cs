namespace Ballaura.Contracts.Billing;

/// <summary>
/// A remittance put an amount on the patient's statement (deductible, co-insurance, copay, services not covered): the
/// patient is told there is something to pay and where to see it. <paramref name="Source"/> identifies the posting.
/// </summary>
public sealed record StatementReady(Guid PatientId, Guid? CaseId, decimal Amount, DateOnly VisitDate, string Source, DateTimeOffset At);
