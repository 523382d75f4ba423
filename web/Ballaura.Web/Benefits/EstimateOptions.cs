namespace Ballaura.Web.Benefits;

/// <summary>
/// The visit the portal's estimate is for ("Web:Estimate"): the clinic's usual insurance visit and what plans usually allow
/// for it under the clinic's contracts. The patient's share is computed by Eligibility from the payer's own numbers (R16–R18).
/// </summary>
public sealed class EstimateOptions
{
    public const string SectionName = "Web:Estimate";

    public int VisitMinutes { get; set; } = 60;

    /// <summary>4 units of 97124 at the clinic's $45.00, allowed at the 80 % the clinic's contracts pay.</summary>
    public decimal AllowedAmount { get; set; } = 144.00m;
}
