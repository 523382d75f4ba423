using Ballaura.Billing.Data;
using Ballaura.Billing.Intake;
using Ballaura.Contracts.Intake;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.X12.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
    string Reconciliation,
    bool SubmissionPending,
    string? Missing,
    string? StatusNote,
    DateTimeOffset? FirstSubmittedAt,
    decimal? CopayDue)
{
    public static ClaimResponse From(Claim c, DateTimeOffset now) => new(c.Id, c.ControlNumber, c.CaseId, c.PatientId, c.BookingId, c.CoverageType.ToString(), c.Status.ToString(),
        c.Frequency, c.RebillCount, c.DateOfService, c.TherapistNpi, c.AuthorizationNumber, c.VisitNumber, c.Lines, c.TotalCharge, c.Problem, c.CreatedAt,
        c.PayerClaimNumber, c.PaidTotal, c.PatientResponsibilityTotal, c.WrittenOffTotal, c.ReconciliationAt(now), c.SubmissionPending, c.Missing, c.StatusNote,
        c.FirstSubmittedAt, c.CopayDue);
}

/// <summary>Claims for billing staff: by status or case, newest first; one claim with its lines.</summary>
public static class ClaimEndpoints
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", ListAsync).WithName("ListClaims").RequireAuthorization(BallauraPolicies.Billing).Produces<List<ClaimResponse>>();
        api.MapGet("/claims/{claimId:guid}", GetAsync).WithName("GetClaim").RequireAuthorization(BallauraPolicies.Billing)
            .Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/claims/{claimId:guid}/rebill", (Guid claimId, BillingDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken ct) => ChangeAsync(claimId, c => c.Rebill(), db, audit, time, ct))
            .WithName("RebillClaim").RequireAuthorization(BallauraPolicies.Billing).Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/claims/{claimId:guid}/void", (Guid claimId, BillingDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken ct) => ChangeAsync(claimId, c => c.Void(), db, audit, time, ct))
            .WithName("VoidClaim").RequireAuthorization(BallauraPolicies.Billing).Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/claims/{claimId:guid}/837", FileAsync).WithName("GetClaim837").RequireAuthorization(BallauraPolicies.Billing)
            .Produces<string>(contentType: "application/edi-x12").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    internal static async Task<IResult> ListAsync(string? status, Guid? caseId, string? reconciliation, BillingDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
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
        var now = time.GetUtcNow();
        return TypedResults.Ok(claims.Select(c => ClaimResponse.From(c, now))
            .Where(c => reconciliation is null || string.Equals(c.Reconciliation, reconciliation, StringComparison.OrdinalIgnoreCase)).ToList());
    }

    internal static async Task<IResult> GetAsync(Guid claimId, BillingDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        audit.Record(new PhiAccess("read", "claim", claimId.ToString(), claim?.PatientId, claim is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return claim is null ? TypedResults.Problem(title: "Unknown claim.", statusCode: StatusCodes.Status404NotFound) : TypedResults.Ok(ClaimResponse.From(claim, time.GetUtcNow()));
    }

    /// <summary>A rebill (frequency 7, counted) or a void (8); refused with the reason (and nothing changed) when the claim's state does not allow it.</summary>
    internal static async Task<IResult> ChangeAsync(
        Guid claimId, Func<Claim, string?> change, BillingDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        audit.Record(new PhiAccess("update", "claim", claimId.ToString(), claim?.PatientId, claim is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        var refusal = claim is null ? null : change(claim);
        if (claim is null || refusal is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return claim is null
                ? TypedResults.Problem(title: "Unknown claim.", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Problem(title: "The claim cannot be changed that way.", detail: refusal, statusCode: StatusCodes.Status409Conflict);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(title: "The claim changed meanwhile.", detail: "A remittance or another change reached the claim first: reload it and try again.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(ClaimResponse.From(claim, time.GetUtcNow()));
    }

    /// <summary>The claim as an 837P file, with the insured and prescription read from Intake; or what is missing before it can be written.</summary>
    internal static async Task<IResult> FileAsync(
        Guid claimId, BillingDbContext db, IntakeClaimDetails intake, IOptions<ClinicProvider> clinic, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        audit.Record(new PhiAccess("read", "claim-837", claimId.ToString(), claim?.PatientId, claim is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        if (claim is null)
        {
            return TypedResults.Problem(title: "Unknown claim.", statusCode: StatusCodes.Status404NotFound);
        }

        ClaimDetails? details;
        try
        {
            details = claim.PrescriptionId is { } prescriptionId ? await intake.GetAsync(claim.CaseId, prescriptionId, cancellationToken) : null;
        }
        catch (HttpRequestException)
        {
            return TypedResults.Problem(title: "Intake did not answer.", detail: "The claim needs the insured's details from Intake; try again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var (file, missing) = details is null ? (null, ["the case's prescription at intake (R4)"]) : ClaimFile.Build(claim, details);
        if (file is null)
        {
            return TypedResults.Problem(title: "The claim cannot be written yet.", detail: "Missing: " + string.Join("; ", missing) + ".",
                statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?> { ["missing"] = missing });
        }

        var at = time.GetUtcNow();
        return TypedResults.Text(ClaimFile.Write(clinic.Value, [file], (int)(at.ToUnixTimeSeconds() % 1_000_000_000), at), "application/edi-x12");
    }
}
