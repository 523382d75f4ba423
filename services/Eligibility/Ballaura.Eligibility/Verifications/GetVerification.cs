using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Freshness;
using Ballaura.Eligibility.Processing;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Eligibility.Verifications;

public static class GetVerification
{
    public static RouteGroupBuilder MapGetVerification(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}", HandleAsync).WithName("GetVerification").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    /// <summary>Staff see any case; a patient only their own (someone else's answers 404 like a missing one, audited as denied).</summary>
    internal static async Task<Results<Ok<VerificationResponse>, NotFound>> HandleAsync(
        Guid caseId, HttpContext http, EligibilityDbContext db, IPhiAudit audit, ClinicCalendar calendar, IOptions<VerificationOptions> options,
        CancellationToken cancellationToken)
    {
        var found = await db.Verifications.AsNoTracking().FirstOrDefaultAsync(v => v.CaseId == caseId, cancellationToken);
        var caller = http.Caller();
        var outcome = found is null ? PhiAccessOutcome.NotFound
            : found.MayBeSeenBy(caller) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("read", "coverage-verification", caseId.ToString(), found?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed)
        {
            return TypedResults.NotFound();
        }

        var snapshot = found!.SnapshotId is { } snapshotId
            ? await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == snapshotId, cancellationToken)
            : null;
        var freshThrough = found.VerifiedAt is { } verifiedAt
            ? BenefitsFreshness.FreshThrough(calendar.DateOf(verifiedAt), snapshot?.PlanBegin, options.Value.FreshnessDays)
            : (DateOnly?)null;
        return TypedResults.Ok(VerificationResponse.From(found, snapshot, freshThrough));
    }
}
