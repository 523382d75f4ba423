using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Verifications;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Review;

public sealed record ReviewItem(
    Guid CaseId, string CoverageType, string Status, string? Payer, string? ReasonCode, string Reason, string? NextStep,
    DateTimeOffset? NextAttemptAt, int PayerRequests, DateTimeOffset UpdatedAt);

/// <summary>
/// The manual review queue: every case a person must look at — not verified (fix the member id, call the payer),
/// PIP and L&amp;I claims to confirm, payers that have not answered for several rounds (still retried). Oldest first.
/// </summary>
public static class ReviewQueue
{
    public static RouteGroupBuilder MapReviewQueue(this RouteGroupBuilder api)
    {
        api.MapGet("/review-queue", HandleAsync).WithName("ReviewQueue").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<IResult> HandleAsync(EligibilityDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var waiting = await db.Verifications.AsNoTracking()
            .Where(v => v.ReviewReason != null)
            .OrderBy(v => v.UpdatedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        var items = waiting
            .Select(v => new ReviewItem(v.CaseId, v.CoverageType.ToString(), v.Status.ToString(), v.PayerName ?? v.PayerId, v.ReasonCode,
                v.ReviewReason!, v.NextStep, v.NextAttemptAt, v.PayerRequests, v.UpdatedAt))
            .ToList();
        audit.Record(new PhiAccess("list", "coverage-review-queue", null, null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(items);
    }
}
