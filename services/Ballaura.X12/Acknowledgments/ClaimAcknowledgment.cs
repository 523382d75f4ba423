namespace Ballaura.X12.Acknowledgments;

/// <summary>
/// The payer's first word on one claim (a 277CA STC): accepted for adjudication or returned, with the claim status
/// category (A1/A2 acknowledged/accepted, A3 returned as unprocessable, A4 not found, A6 missing, A7 invalid, A8
/// rejected for relational field) and status code, the payer's claim number when it gave one, and its message.
/// </summary>
public sealed record ClaimAcknowledgment(
    string ControlNumber,
    string Category,
    string StatusCode,
    decimal Charge,
    string? PayerClaimNumber,
    string? Message)
{
    public bool Accepted => Category is "A1" or "A2";
}

/// <summary>A 277CA from one payer, identified by its BHT reference, with one acknowledgment per claim.</summary>
public sealed record ClaimAcknowledgmentReport(string Reference, string PayerId, string PayerName, DateOnly Date, IReadOnlyList<ClaimAcknowledgment> Claims);
