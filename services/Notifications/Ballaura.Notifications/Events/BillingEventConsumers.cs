using Ballaura.Contracts.Billing;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Events;

/// <summary>A remittance put an amount on the patient's statement: told once per posting.</summary>
public sealed class StatementReadyConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<StatementReady>
{
    public Task Consume(ConsumeContext<StatementReady> context) =>
        Notify.QueueAsync(db, $"statement:{context.Message.Source}", context.Message.PatientId, NotificationKind.StatementReady,
            new { amount = context.Message.Amount, visitDate = context.Message.VisitDate }, time.GetUtcNow(), context.CancellationToken);
}

/// <summary>A card charge: amount, card brand and last four, and the rule that allowed it.</summary>
public sealed class PatientChargedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<PatientCharged>
{
    public Task Consume(ConsumeContext<PatientCharged> context)
    {
        var charged = context.Message;
        return Notify.QueueAsync(db, $"charged:{charged.ChargeId}", charged.PatientId, NotificationKind.CardCharged,
            new { amount = charged.Amount, brand = charged.CardBrand, last4 = charged.CardLast4, rule = charged.Rule, reason = charged.Reason },
            time.GetUtcNow(), context.CancellationToken);
    }
}
