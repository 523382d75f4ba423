using System.Diagnostics;
using Ballaura.Scheduling.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Cases;

public static class CaseFacts
{
    /// <summary>The case, or a new record of it when this is the first event about it to arrive (events come in any order).</summary>
    public static async Task<SchedulingCase> FindOrKnowAsync(this SchedulingDbContext db, Guid caseId, Guid patientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await db.SchedulingCases.Include(c => c.Authorizations).FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        var known = SchedulingCase.Known(caseId, patientId, now, Activity.Current?.TraceId.ToString());
        db.SchedulingCases.Add(known);
        return known;
    }
}
