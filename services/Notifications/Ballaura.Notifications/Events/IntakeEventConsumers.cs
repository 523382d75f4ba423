using Ballaura.Contracts.Intake;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Events;

/// <summary>A refused case: the patient is told to look at the portal (the reason stays behind the sign-in).</summary>
public sealed class CaseRefusedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CaseRefused>
{
    public Task Consume(ConsumeContext<CaseRefused> context) =>
        Notify.QueueAsync(db, $"case-refused:{context.Message.CaseId}", context.Message.PatientId, NotificationKind.CaseRefused, new { }, time.GetUtcNow(), context.CancellationToken);
}
