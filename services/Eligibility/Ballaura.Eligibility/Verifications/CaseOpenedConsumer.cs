using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Eligibility.Data;
using MassTransit;

namespace Ballaura.Eligibility.Verifications;

/// <summary>Runs behind the inbox: a redelivered CaseOpened never records the case twice.</summary>
public sealed class CaseOpenedConsumer(EligibilityDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        db.VerificationRequests.Add(VerificationRequest.Record(opened.CaseId, opened.CoverageType, opened.OpenedAt, time.GetUtcNow(), Activity.Current?.TraceId.ToString()));
        return Task.CompletedTask;
    }
}
