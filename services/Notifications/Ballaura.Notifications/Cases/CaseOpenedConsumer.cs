using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Notifications.Data;
using MassTransit;

namespace Ballaura.Notifications.Cases;

/// <summary>Runs behind the inbox: a redelivered CaseOpened never records the case twice.</summary>
public sealed class CaseOpenedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        db.CaseNotices.Add(CaseNotice.Record(opened.CaseId, opened.CoverageType, opened.OpenedAt, time.GetUtcNow(), Activity.Current?.TraceId.ToString()));
        return Task.CompletedTask;
    }
}
