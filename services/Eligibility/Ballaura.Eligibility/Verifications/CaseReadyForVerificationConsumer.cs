using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Eligibility.Verifications;

/// <summary>
/// Runs behind the inbox (a redelivery changes nothing). Major medical is queued for the payer (the worker reads the
/// insured's details from Intake); PIP and L&amp;I claims are confirmed with the adjuster by staff, so they go to the
/// review queue with what to confirm.
/// </summary>
public sealed class CaseReadyForVerificationConsumer(EligibilityDbContext db, VerificationStart start, TimeProvider time) : IConsumer<CaseReadyForVerification>
{
    public async Task Consume(ConsumeContext<CaseReadyForVerification> context)
    {
        var ready = context.Message;
        var now = time.GetUtcNow();
        var verification = await db.Verifications.SingleOrDefaultAsync(v => v.CaseId == ready.CaseId, context.CancellationToken);
        if (verification is null)
        {
            verification = CaseVerification.Known(ready.CaseId, ready.CoverageType, now, Activity.Current?.TraceId.ToString());
            db.Verifications.Add(verification);
        }

        verification.Ready(ready.PatientId, ready.CoverageType);
        start.Begin(verification, serviceDate: null, "Ready for verification (intake).");
    }
}
