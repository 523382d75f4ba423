using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Eligibility.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Verifications;

/// <summary>Runs behind the inbox: the case becomes known here, waiting for intake to make it ready.</summary>
public sealed class CaseOpenedConsumer(EligibilityDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public async Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        // CaseReadyForVerification travels on another queue and may have arrived first.
        if (!await db.Verifications.AnyAsync(v => v.CaseId == opened.CaseId, context.CancellationToken))
        {
            db.Verifications.Add(CaseVerification.Known(opened.CaseId, opened.CoverageType, time.GetUtcNow(), Activity.Current?.TraceId.ToString()));
        }
    }
}
