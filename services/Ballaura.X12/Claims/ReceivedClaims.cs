namespace Ballaura.X12.Claims;

/// <summary>One SV1 service line as a receiver reads it.</summary>
public sealed record ReceivedLine(string Code, IReadOnlyList<string> Modifiers, decimal Charge, decimal Units, DateOnly? DateOfService);

/// <summary>One CLM loop as the clearinghouse or payer reads it: enough to acknowledge and adjudicate the claim.</summary>
/// <param name="FilingCode">SBR09: CI commercial, WC workers' compensation, AM auto medical.</param>
/// <param name="Frequency">CLM05-3: 1 original, 7 replacement, 8 void.</param>
public sealed record ReceivedClaim(
    string ControlNumber,
    decimal TotalCharge,
    int Frequency,
    string FilingCode,
    string PayerId,
    string PayerName,
    string MemberId,
    string PatientLastName,
    string PatientFirstName,
    string? OriginalPayerClaimNumber,
    IReadOnlyList<ReceivedLine> Lines)
{
    /// <summary>CLM02 must be the sum of the lines' charges.</summary>
    public bool Balances => TotalCharge == Lines.Sum(l => l.Charge);
}

/// <summary>One ST transaction of an 837 and its claims.</summary>
public sealed record ReceivedTransaction(string ControlNumber, IReadOnlyList<ReceivedClaim> Claims);

/// <summary>An 837 interchange as received: who sent it, its control numbers (a resend keeps them) and its transactions.</summary>
public sealed record ReceivedClaimFile(
    string SenderId,
    string ReceiverId,
    string InterchangeControlNumber,
    string GroupControlNumber,
    string BillingProviderName,
    string BillingProviderNpi,
    IReadOnlyList<ReceivedTransaction> Transactions)
{
    public IEnumerable<ReceivedClaim> Claims => Transactions.SelectMany(t => t.Claims);
}
