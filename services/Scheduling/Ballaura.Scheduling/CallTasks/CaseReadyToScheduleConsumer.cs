using Ballaura.Contracts.Intake;
using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.CallTasks;

/// <summary>
/// A case is verified and signed: the clinic calls the patient to schedule (R9). Runs behind the inbox, and a case has
/// at most one open call task (a unique index), so a repeated event never queues a second call.
/// </summary>
public sealed class CaseReadyToScheduleConsumer(SchedulingDbContext db, IOutbox outbox, CallingHours callingHours, TimeProvider time) : IConsumer<CaseReadyToSchedule>
{
    public async Task Consume(ConsumeContext<CaseReadyToSchedule> context)
    {
        var ready = context.Message;
        var now = time.GetUtcNow();
        var schedulingCase = await db.FindOrKnowAsync(ready.CaseId, ready.PatientId, now, context.CancellationToken);
        // Verified and signed are true by now, whatever order their own events arrive in.
        schedulingCase.PaperworkSigned(ready.At);
        if (await db.CallTasks.AnyAsync(t => t.CaseId == ready.CaseId && t.Status == CallTaskStatus.Open, context.CancellationToken))
        {
            return;
        }

        var task = CallTask.Open(ready.CaseId, ready.PatientId, callingHours.NextFrom(now), now);
        db.CallTasks.Add(task);
        outbox.Publish(new CallBackScheduled(task.Id, task.CaseId, task.PatientId, task.DueAt));
    }
}
