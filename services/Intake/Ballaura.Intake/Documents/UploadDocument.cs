using Ballaura.Contracts.Intake;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Documents;

/// <param name="ReviewedAt">When staff looked at it (R5); null while it waits on the review queue.</param>
public sealed record DocumentResponse(Guid Id, string Kind, string Channel, string ContentType, long SizeBytes, string Sha256, DateTimeOffset ReceivedAt, DateTimeOffset? ReviewedAt)
{
    public static DocumentResponse From(CaseDocument d) =>
        new(d.Id, DocumentKinds.Name(d.Kind), d.Channel.ToString().ToLowerInvariant(), d.ContentType, d.SizeBytes, d.Sha256, d.ReceivedAt, d.ReviewedAt);
}

/// <summary>
/// POST /cases/{id}/documents?kind=card-front[&amp;channel=fax]: the file itself is the body, with its Content-Type.
/// Patients upload to their own cases; staff also attach what came by fax or e-mail, and the channel is recorded (R5).
/// The type is taken from the bytes (415 when they are not what was declared), the size is capped (413), and the
/// database record is written only once the file is stored complete.
/// </summary>
public static class UploadDocument
{
    public static RouteGroupBuilder MapUploadDocument(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/documents", HandleAsync).WithName("UploadDocument").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    internal static async Task<Results<Created<DocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, string? kind, string? channel, HttpContext http, IntakeDbContext db, IDocumentStore store, IOutbox outbox, IPhiAudit audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var outcome = insuranceCase is null ? PhiAccessOutcome.NotFound
            : caller.MaySeePatient(insuranceCase.PatientId) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("create", "case-document", caseId.ToString(), insuranceCase?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed)
        {
            return TypedResults.NotFound();
        }

        var documentKind = DocumentKinds.Parse(kind);
        var documentChannel = Enum.TryParse<DocumentChannel>(channel ?? "upload", ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !int.TryParse(channel, out _) ? parsed : (DocumentChannel?)null;
        var errors = new RequestErrors()
            .Check(documentKind is not null, "kind", "Say what the document is: card-front, card-back, injury-report, prescription or other.")
            .Check(documentChannel is not null, "channel", "The channel is upload, fax or email.")
            .Check(documentChannel is null or DocumentChannel.Upload || caller.IsStaff, "channel", "Only staff attach documents that came by fax or e-mail (R5).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!CaseTransitions.IsOpen(insuranceCase!.Status))
        {
            return TypedResults.Problem(title: "The case is closed.", detail: $"A {insuranceCase.Status} case takes no new documents.", statusCode: StatusCodes.Status409Conflict);
        }

        var (incoming, problem) = await IncomingFile.ReceiveAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await using var file = incoming!;
        var documentId = Guid.CreateVersion7();
        var key = await store.SaveAsync(caseId, documentId, file.Content, cancellationToken);
        var now = time.GetUtcNow();
        var document = CaseDocument.Received(documentId, caseId, documentKind!.Value, documentChannel!.Value, file.ContentType, file.Size, file.Sha256, key, caller.Subject, now);
        try
        {
            await SaveWithCaseAsync(db, outbox, insuranceCase, document, now, cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return TypedResults.Created($"/api/intake/cases/{caseId}/documents/{documentId}", DocumentResponse.From(document));
    }

    /// <summary>
    /// The record, its event and the case's progress in one transaction. Two uploads racing to complete a case (front
    /// and back of a card from one phone) meet at the case's version: the loser re-reads the case and tries again.
    /// </summary>
    internal static async Task SaveWithCaseAsync(
        IntakeDbContext db, IOutbox outbox, InsuranceCase insuranceCase, CaseDocument document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.Documents.Add(document);
            outbox.Publish(new DocumentReceived(document.CaseId, insuranceCase.PatientId, document.Id, DocumentKinds.Name(document.Kind),
                document.Channel.ToString().ToLowerInvariant(), now));
            var evidence = (await CaseEvidenceQuery.ForAsync(db, insuranceCase, cancellationToken)).With(document.Kind);
            CaseProgress.Advance(insuranceCase, evidence, outbox, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                insuranceCase = await db.Cases.FirstAsync(c => c.Id == document.CaseId, cancellationToken);
            }
        }
    }
}

public static class DocumentKinds
{
    public static DocumentKind? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        "card-front" => DocumentKind.CardFront,
        "card-back" => DocumentKind.CardBack,
        "injury-report" => DocumentKind.InjuryReport,
        "prescription" => DocumentKind.Prescription,
        "other" => DocumentKind.Other,
        _ => null,
    };

    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.CardFront => "card-front",
        DocumentKind.CardBack => "card-back",
        DocumentKind.InjuryReport => "injury-report",
        DocumentKind.Prescription => "prescription",
        _ => "other",
    };
}
