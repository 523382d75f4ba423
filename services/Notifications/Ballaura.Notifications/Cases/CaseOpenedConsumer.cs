using System.Diagnostics;
using Ballaura.Contracts.Intake;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Cases;

/// <summary>Runs behind the inbox: a redelivered CaseOpened never records the case twice, nor tells the patient twice.</summary>
public sealed class CaseOpenedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CaseOpened>
{
    public async Task Consume(ConsumeContext<CaseOpened> context)
    {
        var opened = context.Message;
        var now = time.GetUtcNow();
        db.CaseNotices.Add(CaseNotice.Record(opened.CaseId, opened.CoverageType, opened.OpenedAt, now, Activity.Current?.TraceId.ToString()));
        await Notify.QueueAsync(db, $"case-opened:{opened.CaseId}", opened.PatientId, NotificationKind.CaseOpened, new { }, now, context.CancellationToken);
    }
}
