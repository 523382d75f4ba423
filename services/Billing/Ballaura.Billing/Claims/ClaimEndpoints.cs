using Ballaura.Billing.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Claims;

public sealed record ClaimResponse(
    Guid Id,
    string ControlNumber,
    Guid CaseId,
    Guid PatientId,
    Guid BookingId,
    string CoverageType,
    string Status,
    int Frequency,
    int RebillCount,
    DateOnly DateOfService,
    string TherapistNpi,
    string? AuthorizationNumber,
    int? VisitNumber,
    IReadOnlyList<ClaimLine> Lines,
    decimal TotalCharge,
    string? Problem,
    DateTimeOffset CreatedAt,
    string? PayerClaimNumber,
    decimal PaidTotal,
    decimal PatientResponsibilityTotal,
    decimal WrittenOffTotal,
    string Reconciliation)
{
    public static ClaimResponse From(Claim c) => new(c.Id, c.ControlNumber, c.CaseId, c.PatientId, c.BookingId, c.CoverageType.ToString(), c.Status.ToString(),
        c.Frequency, c.RebillCount, c.DateOfService, c.TherapistNpi, c.AuthorizationNumber, c.VisitNumber, c.Lines, c.TotalCharge, c.Problem, c.CreatedAt,
        c.PayerClaimNumber, c.PaidTotal, c.PatientResponsibilityTotal, c.WrittenOffTotal, c.Reconciliation);
}

/// <summary>Claims for billing staff: by status or case, newest first; one claim with its lines.</summary>
public static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", ListAsync).WithName("ListClaims").RequireAuthorization(BallauraPolicies.Billing).Produces<List<ClaimResponse>>();
        api.MapGet("/claims/{claimId:guid}", GetAsync).WithName("GetClaim").RequireAuthorization(BallauraPolicies.Billing)
            .Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<IResult> ListAsync(string? status, Guid? caseId, BillingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var query = db.Claims.AsNoTracking();
        if (Enum.TryParse<ClaimStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(c => c.Status == wanted);
        }

        if (caseId is { } id)
        {
            query = query.Where(c => c.CaseId == id);
        }

        var claims = await query.OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync(cancellationToken);
        audit.Record(new PhiAccess("list", "claims", caseId?.ToString(), null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(claims.Select(ClaimResponse.From).ToList());
    }

    internal static async Task<IResult> GetAsync(Guid claimId, BillingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        audit.Record(new PhiAccess("read", "claim", claimId.ToString(), claim?.PatientId, claim is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return claim is null ? TypedResults.Problem(title: "Unknown claim.", statusCode: StatusCodes.Status404NotFound) : TypedResults.Ok(ClaimResponse.From(claim));
    }
}
