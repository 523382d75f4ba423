using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Ballaura.Intake.Paperwork;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>What a case has on file that the missing list checks: documents by kind, the recorded prescription, the signature.</summary>
public static class CaseEvidenceQuery
{
    /// <param name="insuranceCase">The case, already loaded by the caller (its patient decides the signature).</param>
    public static async Task<CaseEvidence> ForAsync(IntakeDbContext db, InsuranceCase insuranceCase, CancellationToken cancellationToken)
    {
        var caseId = insuranceCase.Id;
        var patientId = insuranceCase.PatientId;
        var prescription = await db.Prescriptions.AnyAsync(p => p.CaseId == caseId, cancellationToken);
        var kinds = await db.Documents.Where(d => d.CaseId == caseId).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        var current = await PaperworkEndpoints.CurrentVersionAsync(db, cancellationToken);
        var signed = current is not null && await db.Signatures.AnyAsync(
            s => s.PatientId == patientId && s.DocumentId == current.Id && s.DocumentVersion == current.Version, cancellationToken);
        return CaseEvidence.Nothing with
        {
            CardFront = kinds.Contains(DocumentKind.CardFront),
            CardBack = kinds.Contains(DocumentKind.CardBack),
            InjuryReport = kinds.Contains(DocumentKind.InjuryReport),
            Prescription = prescription,
            PaperworkSigned = signed,
        };
    }
}
