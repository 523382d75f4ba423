namespace Ballaura.X12.Remittances;

/// <summary>A CAS adjustment: its group (CO contractual, PR patient, OA other, PI payer-initiated, CR correction), reason (CARC) and amount.</summary>
public sealed record Adjustment(string Group, string Reason, decimal Amount, decimal? Quantity);

/// <summary>One SVC line of a claim payment. <paramref name="BilledCode"/> is the code as billed (SVC06 when the payer changed it).</summary>
public sealed record ServicePayment(string Code, IReadOnlyList<string> Modifiers, string BilledCode, decimal Charge, decimal Paid, decimal Units, DateOnly? DateOfService, IReadOnlyList<Adjustment> Adjustments);

/// <summary>
/// One CLP loop: the payer's decision on one claim. <paramref name="Status"/> is CLP02 (1, 2, 3 processed; 4 denied;
/// 22 reversal of an earlier payment, amounts negative).
/// </summary>
public sealed record ClaimPayment(
    string PatientControlNumber,
    string Status,
    decimal Charge,
    decimal Paid,
    decimal PatientResponsibility,
    string? PayerClaimNumber,
    IReadOnlyList<Adjustment> Adjustments,
    IReadOnlyList<ServicePayment> Services)
{
    public bool IsReversal => Status == "22";

    public bool IsDenied => Status == "4";

    /// <summary>Every adjustment of the claim, claim-level and line-level.</summary>
    public IEnumerable<Adjustment> AllAdjustments => Adjustments.Concat(Services.SelectMany(s => s.Adjustments));
}

/// <summary>A PLB provider-level adjustment (reduces the payment without belonging to a claim).</summary>
public sealed record ProviderAdjustment(string Reason, string Reference, decimal Amount);

/// <summary>
/// One 835 transaction: a payment (or a notice of none, BPR*H / method NON) identified by its trace number
/// (TRN02) with the payer's id (TRN03) — check numbers repeat across payers — and the claims it settles.
/// </summary>
public sealed record Remittance(
    string Handling,
    decimal TotalPaid,
    string PaymentMethod,
    DateOnly? PaymentDate,
    string TraceNumber,
    string TraceOriginator,
    string? PayerName,
    string? PayerId,
    IReadOnlyList<ClaimPayment> Claims,
    IReadOnlyList<ProviderAdjustment> ProviderAdjustments)
{
    /// <summary>BPR02 = ΣCLP04 − ΣPLB: a payment that does not add up is not posted.</summary>
    public bool Balances => TotalPaid == Claims.Sum(c => c.Paid) - ProviderAdjustments.Sum(p => p.Amount);
}
