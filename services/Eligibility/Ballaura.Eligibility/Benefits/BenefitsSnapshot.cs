using Ballaura.X12.Eligibility;

namespace Ballaura.Eligibility.Benefits;

/// <summary>
/// What the payer said on one day about one case, kept as it was (never updated): the numbers that decide what
/// the patient owes, and the estimate is computed from them. A newer verification adds a newer snapshot.
/// </summary>
public sealed class BenefitsSnapshot
{
    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid ExchangeId { get; private set; }
    public DateTimeOffset VerifiedAt { get; private set; }
    public DateOnly ServiceDate { get; private set; }
    public CoverageStatus Status { get; private set; }
    public string AnsweredServiceType { get; private set; } = "";
    public bool FellBackToHealthPlan { get; private set; }
    public string? PlanName { get; private set; }
    public string? GroupNumber { get; private set; }
    public bool? InNetwork { get; private set; }
    public decimal? DeductibleTotal { get; private set; }
    public decimal? DeductibleRemaining { get; private set; }

    /// <summary>A fraction: 0.2 is 20 %.</summary>
    public decimal? CoinsurancePercent { get; private set; }

    public decimal? Copay { get; private set; }
    public decimal? OutOfPocketTotal { get; private set; }
    public decimal? OutOfPocketRemaining { get; private set; }
    public int? VisitLimit { get; private set; }
    public int? VisitsRemaining { get; private set; }
    public bool AuthorizationRequired { get; private set; }
    public DateOnly? PlanBegin { get; private set; }

    /// <summary>The payer's MSG lines, one per line.</summary>
    public string Messages { get; private set; } = "";

    private BenefitsSnapshot()
    {
    }

    public int? VisitsUsed => VisitLimit is { } limit && VisitsRemaining is { } remaining ? Math.Max(0, limit - remaining) : null;

    public static BenefitsSnapshot Take(Guid caseId, Guid exchangeId, DateOnly serviceDate, BenefitSummary summary, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        ExchangeId = exchangeId,
        VerifiedAt = now,
        ServiceDate = serviceDate,
        Status = summary.Status,
        AnsweredServiceType = summary.AnsweredServiceType,
        FellBackToHealthPlan = summary.FellBackToHealthPlan,
        PlanName = summary.PlanName,
        GroupNumber = summary.GroupNumber,
        InNetwork = summary.InNetwork,
        DeductibleTotal = summary.DeductibleTotal,
        DeductibleRemaining = summary.DeductibleRemaining,
        CoinsurancePercent = summary.CoinsurancePercent,
        Copay = summary.Copay,
        OutOfPocketTotal = summary.OutOfPocketTotal,
        OutOfPocketRemaining = summary.OutOfPocketRemaining,
        VisitLimit = summary.VisitLimit,
        VisitsRemaining = summary.VisitsRemaining,
        AuthorizationRequired = summary.AuthorizationRequired,
        PlanBegin = summary.PlanBegin,
        Messages = string.Join('\n', summary.Messages),
    };
}
