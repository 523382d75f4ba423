using Ballaura.Intake.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Documents;

/// <summary>
/// GET /cases/{id}/documents/{documentId}: the file, to staff and to the patient whose case it is — never to anyone
/// else (404, audited as denied). Sent as an attachment so a browser never renders it in the clinic's origin.
/// </summary>
public static class DownloadDocument
{
    public static RouteGroupBuilder MapDownloadDocument(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/documents/{documentId:guid}", HandleAsync).WithName("DownloadDocument").RequireAuthorization(BallauraPolicies.PatientData);
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        Guid caseId, Guid documentId, HttpContext http, IntakeDbContext db, IDocumentStore store, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId && d.CaseId == caseId)
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new { Document = d, c.PatientId })
            .FirstOrDefaultAsync(cancellationToken);
        var caller = http.Caller();
        var outcome = found is null ? PhiAccessOutcome.NotFound
            : caller.IsStaff || (caller.IsPatient && caller.MaySeePatient(found.PatientId)) ? PhiAccessOutcome.Allowed
            : PhiAccessOutcome.Denied;
        audit.Record(new PhiAccess("read", "case-document", documentId.ToString(), found?.PatientId, outcome));
        await db.SaveChangesAsync(cancellationToken);
        if (outcome != PhiAccessOutcome.Allowed || await store.OpenAsync(found!.Document.StorageKey, cancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }

        var document = found.Document;
        return TypedResults.File(content, document.ContentType, $"{DocumentKinds.Name(document.Kind)}-{document.Id:N}.{ContentSniffer.Extension(document.ContentType)}");
    }
}
