using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Review;

/// <param name="Waiting">What staff must do: review-documents (received, not yet looked at), record-prescription (a
/// prescription document without its transcription).</param>
public sealed record ReviewQueueItem(Guid CaseId, string CoverageType, string Status, string Waiting, int Documents, DateTimeOffset WaitingSince, string PatientName);

/// <summary>
/// Intake's staff queue: cases waiting on a person, oldest first — documents received and not yet reviewed, and
/// prescriptions received as documents but not yet recorded (R4: the diagnosis comes only from the prescription).
/// </summary>
public static class StaffReviewQueue
{
    public static RouteGroupBuilder MapStaffReviewQueue(this RouteGroupBuilder api)
    {
        api.MapGet("/review-queue", HandleAsync).WithName("IntakeReviewQueue").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapPost("/cases/{caseId:guid}/documents/{documentId:guid}/review", ReviewAsync).WithName("ReviewDocument")
            .RequireAuthorization(BallauraPolicies.FrontDesk);
        return api;
    }

    internal static async Task<IResult> HandleAsync(IntakeDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var unreviewed = await db.Documents.AsNoTracking()
            .Where(d => d.ReviewedAt == null)
            .Select(d => new { d.CaseId, d.ReceivedAt })
            .ToListAsync(cancellationToken);
        var prescriptionDocuments = await db.Documents.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.Prescription && !db.Prescriptions.Any(p => p.CaseId == d.CaseId))
            .Select(d => new { d.CaseId, d.ReceivedAt })
            .ToListAsync(cancellationToken);
        var caseIds = unreviewed.Select(d => d.CaseId).Concat(prescriptionDocuments.Select(d => d.CaseId)).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => caseIds.Contains(c.Id) && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Refused)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var patientIds = cases.Values.Select(c => c.PatientId).Distinct().ToList();
        var names = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);

        var items = unreviewed.GroupBy(d => d.CaseId)
            .Where(g => cases.ContainsKey(g.Key))
            .Select(g => Item(cases[g.Key], names, "review-documents", g.Count(), g.Min(d => d.ReceivedAt)))
            .Concat(prescriptionDocuments.GroupBy(d => d.CaseId)
                .Where(g => cases.ContainsKey(g.Key))
                .Select(g => Item(cases[g.Key], names, "record-prescription", g.Count(), g.Min(d => d.ReceivedAt))))
            .OrderBy(i => i.WaitingSince)
            .ToList();
        audit.Record(new PhiAccess("list", "intake-review-queue", null, null, PhiAccessOutcome.Allowed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(items);
    }

    internal static async Task<IResult> ReviewAsync(
        Guid caseId, Guid documentId, HttpContext http, IntakeDbContext db, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        var patientId = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.PatientId).FirstOrDefaultAsync(cancellationToken);
        audit.Record(new PhiAccess("update", "case-document", documentId.ToString(), patientId,
            document is null ? PhiAccessOutcome.NotFound : PhiAccessOutcome.Allowed));
        document?.MarkReviewed(http.Caller().Subject, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return document is null ? TypedResults.NotFound() : TypedResults.Ok(DocumentResponse.From(document));
    }

    private static ReviewQueueItem Item(InsuranceCase c, Dictionary<Guid, string> names, string waiting, int documents, DateTimeOffset since) =>
        new(c.Id, c.CoverageType.ToString(), c.Status.ToString(), waiting, documents, since, names.GetValueOrDefault(c.PatientId, ""));
}
