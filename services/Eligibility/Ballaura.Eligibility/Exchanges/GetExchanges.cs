using Ballaura.Eligibility.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Exchanges;

public sealed record ExchangeResponse(
    Guid Id, string PayerId, string TraceNumber, DateTimeOffset SentAt, int DurationMilliseconds, int? HttpStatus, string Outcome,
    string Request270, string? Response271);

/// <summary>The raw 270/271 pairs of a case, newest first: PHI, for the front desk and admins, every read audited.</summary>
public static class GetExchanges
{
    public static RouteGroupBuilder MapGetExchanges(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/exchanges", HandleAsync).WithName("GetPayerExchanges").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<IResult> HandleAsync(Guid caseId, EligibilityDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var patientId = await db.Verifications.Where(v => v.CaseId == caseId).Select(v => v.PatientId).FirstOrDefaultAsync(cancellationToken);
        var exchanges = await db.Exchanges.AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(cancellationToken);
        var found = exchanges.Count > 0 || patientId is not null;
        audit.Record(new PhiAccess("read", "payer-exchanges", caseId.ToString(), patientId, found ? PhiAccessOutcome.Allowed : PhiAccessOutcome.NotFound));
        await db.SaveChangesAsync(cancellationToken);
        if (!found)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(exchanges
            .OrderByDescending(e => e.SentAt)
            .Select(e => new ExchangeResponse(e.Id, e.PayerId, e.TraceNumber, e.SentAt, e.DurationMilliseconds, e.HttpStatus, e.Outcome, e.Request270, e.Response271))
            .ToList());
    }
}
