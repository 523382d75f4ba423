using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Scheduling.Data;
using MassTransit;

namespace Ballaura.Scheduling.Cases;

/// <summary>Runs behind the inbox: a redelivered CaseOpened never records the case twice.</summary>
public sealed class CaseOpenedConsumer(SchedulingDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        db.SchedulingCases.Add(SchedulingCase.Record(opened.CaseId, opened.CoverageType, opened.OpenedAt, time.GetUtcNow(), Activity.Current?.TraceId.ToString()));
        return Task.CompletedTask;
    }
}
