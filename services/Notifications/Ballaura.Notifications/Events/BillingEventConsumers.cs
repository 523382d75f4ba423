using Ballaura.Contracts.Billing;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Events;

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
