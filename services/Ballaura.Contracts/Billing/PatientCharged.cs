namespace Ballaura.Contracts.Billing;

/// <summary>
/// The patient's card on file was charged (R10, R19): the patient is told what for and under which rule. Carries no card
/// number — the brand and last four digits only.
/// </summary>
public sealed record PatientCharged(Guid ChargeId, Guid PatientId, decimal Amount, string CardBrand, string CardLast4, string Rule, string Reason, DateTimeOffset ChargedAt);
