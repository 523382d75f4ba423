using System.Text.RegularExpressions;
using Ballaura.Contracts;
using Ballaura.Contracts.Eligibility;
using Ballaura.Eligibility.Data;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Authorizations;

public sealed record AuthorizationRequest(string? Number, int? VisitsAllowed, DateOnly? ValidFrom, DateOnly? ValidThrough);

public sealed record AuthorizationResponse(Guid Id, Guid CaseId, string Number, int VisitsAllowed, DateOnly ValidFrom, DateOnly? ValidThrough, DateTimeOffset RecordedAt)
{
    public static AuthorizationResponse From(PayerAuthorization a) => new(a.Id, a.CaseId, a.Number, a.VisitsAllowed, a.ValidFrom, a.ValidThrough, a.RecordedAt);
}

/// <summary>Front desk records an authorization the payer gave (HMO, L&amp;I visits 7+); Scheduling hears of it.</summary>
public static partial class RecordAuthorization
{
    public const int MaxVisits = 100;

    public static RouteGroupBuilder MapAuthorizations(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/authorizations", HandleAsync).WithName("RecordAuthorization").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapGet("/cases/{caseId:guid}/authorizations", ListAsync).WithName("ListAuthorizations").RequireAuthorization(BallauraPolicies.StaffOrPhone);
        return api;
    }

    internal static async Task<Results<Created<AuthorizationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, AuthorizationRequest request, HttpContext http, EligibilityDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(request.Number is { Length: > 0 } n && AuthorizationNumber().IsMatch(n.Trim()), "number",
                "The authorization number is required: 1–30 letters, digits or dashes, as the payer gave it.")
            .Check(request.VisitsAllowed is >= 1 and <= MaxVisits, "visitsAllowed", $"The visits the authorization allows: 1 to {MaxVisits}.")
            .Check(request.ValidFrom is not null, "validFrom", "The first date the authorization covers is required.")
            .Check(request.ValidThrough is null || request.ValidFrom is null || request.ValidThrough >= request.ValidFrom, "validThrough",
                "The authorization cannot end before it starts.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var verification = await db.Verifications.FirstOrDefaultAsync(v => v.CaseId == caseId, cancellationToken);
        audit.Record(new PhiAccess("create", "payer-authorization", caseId.ToString(), verification?.PatientId,
            verification is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (verification?.PatientId is not { } patientId)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NotFound();
        }

        if (verification.CoverageType == CoverageType.PersonalInjuryProtection)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Problem(
                title: "PIP claims take no payer authorization.",
                detail: "Authorizations are recorded for Kaiser HMO and for L&I visits after the 6th (R22); a PIP claim is confirmed with the adjuster.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var now = time.GetUtcNow();
        var authorization = PayerAuthorization.Record(caseId, request.Number!.Trim().ToUpperInvariant(), request.VisitsAllowed!.Value,
            request.ValidFrom!.Value, request.ValidThrough, http.Caller().Subject, now);
        db.Authorizations.Add(authorization);
        outbox.Publish(new AuthorizationRecorded(caseId, patientId, authorization.Id, authorization.Number, authorization.VisitsAllowed,
            authorization.ValidFrom, authorization.ValidThrough, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Authorizations.AsNoTracking().AnyAsync(a => a.CaseId == caseId && a.Number == authorization.Number, cancellationToken))
            {
                throw;
            }

            return TypedResults.Problem(
                title: "This authorization is already recorded on the case.",
                detail: $"Authorization {authorization.Number} exists; a new authorization from the payer has its own number.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/eligibility/cases/{caseId}/authorizations", AuthorizationResponse.From(authorization));
    }

    internal static async Task<Results<Ok<List<AuthorizationResponse>>, NotFound>> ListAsync(
        Guid caseId, EligibilityDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var patientId = await db.Verifications.Where(v => v.CaseId == caseId).Select(v => v.PatientId).FirstOrDefaultAsync(cancellationToken);
        audit.Record(new PhiAccess("read", "payer-authorization", caseId.ToString(), patientId,
            patientId is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        if (patientId is null)
        {
            return TypedResults.NotFound();
        }

        var authorizations = await db.Authorizations.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        return TypedResults.Ok(authorizations.OrderBy(a => a.ValidFrom).Select(AuthorizationResponse.From).ToList());
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,30}$")]
    private static partial Regex AuthorizationNumber();
}
