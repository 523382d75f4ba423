using Ballaura.Intake.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Cases;

/// <summary>What a case has on file that the missing list checks: the prescription so far; documents and signatures join it.</summary>
public static class CaseEvidenceQuery
{
    public static async Task<CaseEvidence> ForAsync(IntakeDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var prescription = await db.Prescriptions.AnyAsync(p => p.CaseId == caseId, cancellationToken);
        return CaseEvidence.Nothing with { Prescription = prescription };
    }
}
