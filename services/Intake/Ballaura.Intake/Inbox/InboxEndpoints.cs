using Ballaura.Contracts.Intake;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Ballaura.Messaging.Outbox;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Inbox;

public sealed record InboxItemResponse(Guid Id, string Channel, string? Sender, string ContentType, long SizeBytes, DateTimeOffset ReceivedAt);

public sealed record AttachRequest(Guid? CaseId, string? Kind);

/// <summary>
/// The faxes and e-mails waiting to be attached to a case (front desk): received with their channel and sender,
/// listed oldest first, read, and attached once — then they count on the case like any document.
/// </summary>
public static class InboxEndpoints
{
    /// <summary>Inbox files are stored under this pseudo-case until attached.</summary>
    private static readonly Guid InboxFolder = Guid.Empty;

    public static RouteGroupBuilder MapInbox(this RouteGroupBuilder api)
    {
        api.MapPost("/inbox", ReceiveAsync).WithName("ReceiveInboxItem").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapGet("/inbox", ListAsync).WithName("ListInbox").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapGet("/inbox/{itemId:guid}", DownloadAsync).WithName("DownloadInboxItem").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapPost("/inbox/{itemId:guid}/attach", AttachAsync).WithName("AttachInboxItem").RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<Results<Created<InboxItemResponse>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        string? channel, string? sender, HttpContext http, IntakeDbContext db, IDocumentStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var parsed = channel?.ToLowerInvariant() switch { "fax" => DocumentChannel.Fax, "email" => DocumentChannel.Email, _ => (DocumentChannel?)null };
        var errors = new RequestErrors()
            .Check(parsed is not null, "channel", "The channel is fax or email (R5).")
            .Check(sender is null || sender.Length <= 100, "sender", "At most 100 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (incoming, problem) = await IncomingFile.ReceiveAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await using var file = incoming!;
        var id = Guid.CreateVersion7();
        var key = await store.SaveAsync(InboxFolder, id, file.Content, cancellationToken);
        var item = InboxItem.Received(id, parsed!.Value, sender?.Trim(), file, key, http.Caller().Subject, time.GetUtcNow());
        db.InboxItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return TypedResults.Created($"/api/intake/inbox/{id}", From(item));
    }

    internal static async Task<Ok<List<InboxItemResponse>>> ListAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var waiting = await db.InboxItems.AsNoTracking().Where(i => i.AttachedCaseId == null).ToListAsync(cancellationToken);
        return TypedResults.Ok(waiting.OrderBy(i => i.ReceivedAt).Select(From).ToList());
    }

    /// <summary>A fax holds PHI before anyone knows whose: each read is audited under the item's id.</summary>
    internal static async Task<IResult> DownloadAsync(Guid itemId, IntakeDbContext db, IDocumentStore store, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        audit.Record(new PhiAccess("read", "inbox-item", itemId.ToString(), null, item is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return item is not null && await store.OpenAsync(item.StorageKey, cancellationToken) is { } content
            ? TypedResults.File(content, item.ContentType, $"inbox-{item.Id:N}.{ContentSniffer.Extension(item.ContentType)}")
            : TypedResults.NotFound();
    }

    internal static async Task<Results<Ok<DocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AttachAsync(
        Guid itemId, AttachRequest request, HttpContext http, IntakeDbContext db, IOutbox outbox, IPhiAudit audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var kind = DocumentKinds.Parse(request.Kind);
        var errors = new RequestErrors()
            .Check(request.CaseId is not null, "caseId", "Say which case the document belongs to.")
            .Check(kind is not null, "kind", "Say what the document is: card-front, card-back, injury-report, prescription or other.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (item.AttachedCaseId is not null)
        {
            return TypedResults.Problem(title: "Already attached.", detail: $"This document is on case {item.AttachedCaseId} already.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var insuranceCase = await db.Cases.FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
        audit.Record(new PhiAccess("create", "case-document", request.CaseId.ToString(), insuranceCase?.PatientId,
            insuranceCase is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        if (insuranceCase is null || !CaseTransitions.IsOpen(insuranceCase.Status))
        {
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Problem(title: "The document cannot go on this case.",
                detail: insuranceCase is null ? "There is no such case." : $"A {insuranceCase.Status} case takes no new documents.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var now = time.GetUtcNow();
        var document = CaseDocument.Received(Guid.CreateVersion7(), insuranceCase.Id, kind!.Value, item.Channel, item.ContentType, item.SizeBytes,
            item.Sha256, item.StorageKey, http.Caller().Subject, now);
        db.Documents.Add(document);
        item.AttachTo(insuranceCase.Id, document.Id, now);
        outbox.Publish(new DocumentReceived(insuranceCase.Id, insuranceCase.PatientId, document.Id, DocumentKinds.Name(document.Kind),
            document.Channel.ToString().ToLowerInvariant(), now));
        CaseProgress.Advance(insuranceCase, (await CaseEvidenceQuery.ForAsync(db, insuranceCase, cancellationToken)).With(document.Kind), outbox, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile("Attach the document again.");
        }

        return TypedResults.Ok(DocumentResponse.From(document));
    }

    private static InboxItemResponse From(InboxItem i) =>
        new(i.Id, i.Channel.ToString().ToLowerInvariant(), i.Sender, i.ContentType, i.SizeBytes, i.ReceivedAt);
}
