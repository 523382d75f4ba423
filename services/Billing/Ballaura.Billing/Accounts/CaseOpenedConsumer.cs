using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Billing.Data;
using MassTransit;

namespace Ballaura.Billing.Accounts;

/// <summary>Runs behind the inbox: a redelivered CaseOpened never records the case twice.</summary>
public sealed class CaseOpenedConsumer(BillingDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        db.BillingCases.Add(BillingCase.Record(opened.CaseId, opened.PatientId, opened.CoverageType, opened.OpenedAt, time.GetUtcNow(), Activity.Current?.TraceId.ToString()));
        return Task.CompletedTask;
    }
}
