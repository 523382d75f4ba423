using Ballaura.Contracts.Intake;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Intake.Validation;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Paperwork;

public sealed record PaperworkResponse(string Id, int Version, string Title, string Text, DateTimeOffset PublishedAt);

public sealed record PublishPaperworkRequest(string? Title, string? Text);

public sealed record SignRequest(string? TypedName, int? DocumentVersion);

public sealed record SignatureResponse(Guid Id, Guid CaseId, string DocumentId, int DocumentVersion, string TypedName, DateTimeOffset SignedAt);

/// <summary>
/// The clinic's paperwork and payment policy (R8): everyone signed in reads the current version; admins publish a new
/// one; a patient signs the exact version they read, on their own case. Signed and verified, a case is ready to
/// schedule (the clinic calls the patient, R9).
/// </summary>
public static class PaperworkEndpoints
{
    public static RouteGroupBuilder MapPaperwork(this RouteGroupBuilder api)
    {
        api.MapGet("/paperwork", CurrentAsync).WithName("GetPaperwork").RequireAuthorization(BallauraPolicies.Authenticated);
        api.MapPost("/paperwork", PublishAsync).WithName("PublishPaperwork").RequireAuthorization(BallauraPolicies.Admin);
        api.MapPost("/cases/{caseId:guid}/signatures", SignAsync).WithName("SignPaperwork").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    internal static async Task<Results<Ok<PaperworkResponse>, NotFound>> CurrentAsync(IntakeDbContext db, CancellationToken cancellationToken) =>
        await CurrentVersionAsync(db, cancellationToken) is { } current ? TypedResults.Ok(From(current)) : TypedResults.NotFound();

    internal static async Task<Results<Created<PaperworkResponse>, ValidationProblem>> PublishAsync(
        PublishPaperworkRequest request, IntakeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(request.Title is { Length: > 0 and <= 200 }, "title", "The title is required (at most 200 characters).")
            .Check(request.Text is { Length: > 0 and <= 20_000 }, "text", "The text is required (at most 20,000 characters).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var current = await CurrentVersionAsync(db, cancellationToken);
        var published = ClinicDocument.Publish(PaperworkSeed.DocumentId, (current?.Version ?? 0) + 1, request.Title!.Trim(), request.Text!, time.GetUtcNow());
        db.ClinicDocuments.Add(published);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created("/api/intake/paperwork", From(published));
    }

    internal static async Task<Results<Created<SignatureResponse>, Ok<SignatureResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SignAsync(
        Guid caseId, SignRequest request, HttpContext http, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var insuranceCase = await db.Cases.Include(c => c.Patient).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        // Only the patient signs: staff and the phone system cannot sign for them.
        var outcome = insuranceCase is null ? PhiAccessOutcome.NotFound
            : caller.IsPatient && caller.MaySeePatient(insuranceCase.PatientId) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("create", "signature", caseId.ToString(), insuranceCase?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome == PhiAccessOutcome.NotFound || (outcome == PhiAccessOutcome.Denied && caller.IsPatient))
        {
            return TypedResults.NotFound();
        }

        if (outcome == PhiAccessOutcome.Denied)
        {
            return TypedResults.Problem(title: "Only the patient signs.", detail: "The paperwork is signed by the patient, in the patient portal (R8).",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var errors = new RequestErrors()
            .Check(FieldRules.IsName(request.TypedName), "typedName", "Type your full name to sign.")
            .Check(request.DocumentVersion is > 0, "documentVersion", "Say which version of the paperwork you read and sign.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var patient = insuranceCase!.Patient;
        if (!SameName(request.TypedName!, patient.FullName))
        {
            return TypedResults.Problem(title: "The typed name does not match the patient.",
                detail: "Type your first and last name as they are on your case.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var current = await CurrentVersionAsync(db, cancellationToken);
        if (current is null || current.Version != request.DocumentVersion)
        {
            return TypedResults.Problem(title: "A newer version of the paperwork exists.",
                detail: $"Read and sign version {current?.Version} (R8: the exact version signed is recorded).", statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        // One signature per patient and version holds for all their cases: signing again changes nothing but moves this case on.
        if (await db.Signatures.FirstOrDefaultAsync(s => s.PatientId == patient.Id && s.DocumentId == current.Id && s.DocumentVersion == current.Version, cancellationToken) is { } existing)
        {
            CaseProgress.AfterSignature(insuranceCase, outbox, now);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(Response(existing));
        }

        var signature = Signature.Sign(patient.Id, caseId, current, request.TypedName!.Trim(), http.Connection.RemoteIpAddress?.ToString(), now);
        db.Signatures.Add(signature);
        outbox.Publish(new PaperworkSigned(caseId, patient.Id, current.Id, current.Version, now));
        CaseProgress.AfterSignature(insuranceCase, outbox, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique signature key (or the case's version): the same patient signing twice at once.
            return TypedResults.Problem(title: "Signed twice at once.", detail: "Reload the case: one of the two signatures counts.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created($"/api/intake/cases/{caseId}/signatures/{signature.Id}", Response(signature));
    }

    private static SignatureResponse Response(Signature s) => new(s.Id, s.CaseId, s.DocumentId, s.DocumentVersion, s.TypedName, s.SignedAt);

    public static Task<ClinicDocument?> CurrentVersionAsync(IntakeDbContext db, CancellationToken cancellationToken) =>
        db.ClinicDocuments.Where(d => d.Id == PaperworkSeed.DocumentId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    private static bool SameName(string typed, string expected) =>
        string.Equals(string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries)), expected, StringComparison.OrdinalIgnoreCase);

    private static PaperworkResponse From(ClinicDocument d) => new(d.Id, d.Version, d.Title, d.Text, d.PublishedAt);
}
