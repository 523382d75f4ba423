using Ballaura.Identity.Data;
using Ballaura.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Identity.Audit;

public sealed record AuditEntryResponse(
    long Sequence, DateTime OccurredAt, string Service, string Actor, string ActorRoles, string? ClientId,
    string Action, string Resource, string? ResourceId, Guid? PatientId, string Outcome, string? SourceAddress, string? TraceId)
{
    public static AuditEntryResponse From(AuditEntry e) => new(
        e.Sequence, DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc), e.Service, e.Actor, e.ActorRoles, e.ClientId,
        e.Action, e.Resource, e.ResourceId, e.PatientId, e.Outcome, e.SourceAddress, e.TraceId);
}

/// <summary>Admins read the log per patient and check that the chain is intact.</summary>
public static class AuditLogEndpoints
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAuditLog(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(BallauraPolicies.Admin);
        audit.MapGet("/patients/{patientId:guid}", ForPatientAsync).WithName("GetPatientAuditLog");
        audit.MapGet("/resources/{resourceId}", ForResourceAsync).WithName("GetResourceAuditLog");
        audit.MapGet("/verification", VerifyAsync).WithName("VerifyAuditLog");
        return api;
    }

    internal static Task<Ok<List<AuditEntryResponse>>> ForPatientAsync(
        Guid patientId, IdentityDbContext db, CancellationToken cancellationToken, long? after = null, int limit = 100) =>
        PageAsync(db.AuditEntries.Where(e => e.PatientId == patientId), after, limit, cancellationToken);

    /// <summary>Everything recorded about one record (e.g. a case id), including refusals that named no patient.</summary>
    internal static Task<Ok<List<AuditEntryResponse>>> ForResourceAsync(
        string resourceId, IdentityDbContext db, CancellationToken cancellationToken, long? after = null, int limit = 100) =>
        PageAsync(db.AuditEntries.Where(e => e.ResourceId == resourceId), after, limit, cancellationToken);

    /// <summary>Oldest first; the next page starts after the last sequence number seen.</summary>
    private static async Task<Ok<List<AuditEntryResponse>>> PageAsync(
        IQueryable<AuditEntry> entries, long? after, int limit, CancellationToken cancellationToken)
    {
        var page = await entries.AsNoTracking()
            .Where(e => e.Sequence > (after ?? 0))
            .OrderBy(e => e.Sequence)
            .Take(Math.Clamp(limit, 1, MaxPageSize))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(AuditEntryResponse.From).ToList());
    }

    internal static async Task<Ok<AuditChainVerification>> VerifyAsync(IdentityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditChain.VerifyAsync(
            db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable(), cancellationToken));
}
