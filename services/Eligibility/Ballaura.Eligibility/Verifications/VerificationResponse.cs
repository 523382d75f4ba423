using Ballaura.Eligibility.Benefits;

namespace Ballaura.Eligibility.Verifications;

/// <summary>Where a case's verification stands, and the benefits in the words and numbers the front desk and patient need.</summary>
public sealed record VerificationResponse(
    Guid CaseId,
    string CoverageType,
    string Status,
    string? Payer,
    DateOnly? ServiceDate,
    string? ReasonCode,
    string? Reason,
    string? NextStep,
    bool InReview,
    DateTimeOffset? NextAttemptAt,
    int PayerRequests,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset UpdatedAt,
    string? TraceId,
    BenefitsResponse? Benefits,
    DateOnly? FreshThrough)
{
    /// <param name="freshThrough">The last visit date the verified benefits hold for (a later visit is verified again).</param>
    public static VerificationResponse From(CaseVerification v, BenefitsSnapshot? snapshot, DateOnly? freshThrough = null) => new(
        v.CaseId, v.CoverageType.ToString(), v.Status.ToString(), v.PayerName ?? v.PayerId, v.ServiceDate,
        v.ReasonCode, v.Reason, v.NextStep, v.InReview, v.NextAttemptAt, v.PayerRequests, v.VerifiedAt, v.UpdatedAt, v.TraceId,
        snapshot is null ? null : BenefitsResponse.From(snapshot),
        v.Status == VerificationStatus.Verified ? freshThrough : null);
}

public sealed record BenefitsResponse(
    Guid SnapshotId,
    DateTimeOffset VerifiedAt,
    DateOnly ServiceDate,
    string Coverage,
    string AnsweredServiceType,
    bool FellBackToHealthPlan,
    string? PlanName,
    string? GroupNumber,
    bool? InNetwork,
    decimal? DeductibleTotal,
    decimal? DeductibleRemaining,
    decimal? CoinsurancePercent,
    decimal? Copay,
    decimal? OutOfPocketTotal,
    decimal? OutOfPocketRemaining,
    int? VisitLimit,
    int? VisitsUsed,
    int? VisitsRemaining,
    bool AuthorizationRequired,
    DateOnly? PlanBegin,
    IReadOnlyList<string> Messages)
{
    public static BenefitsResponse From(BenefitsSnapshot s) => new(
        s.Id, s.VerifiedAt, s.ServiceDate, s.Status.ToString(), s.AnsweredServiceType, s.FellBackToHealthPlan, s.PlanName, s.GroupNumber,
        s.InNetwork, s.DeductibleTotal, s.DeductibleRemaining, s.CoinsurancePercent, s.Copay, s.OutOfPocketTotal, s.OutOfPocketRemaining,
        s.VisitLimit, s.VisitsUsed, s.VisitsRemaining, s.AuthorizationRequired, s.PlanBegin,
        s.Messages.Length == 0 ? [] : s.Messages.Split('\n'));
}
