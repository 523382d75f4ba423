using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>What a case has on file that the missing list checks: documents by kind, the recorded prescription, the signature.</summary>
public static class CaseEvidenceQuery
{
    public static async Task<CaseEvidence> ForAsync(IntakeDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var prescription = await db.Prescriptions.AnyAsync(p => p.CaseId == caseId, cancellationToken);
        var kinds = await db.Documents.Where(d => d.CaseId == caseId).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        return CaseEvidence.Nothing with
        {
            CardFront = kinds.Contains(DocumentKind.CardFront),
            CardBack = kinds.Contains(DocumentKind.CardBack),
            InjuryReport = kinds.Contains(DocumentKind.InjuryReport),
            Prescription = prescription,
        };
    }
}
