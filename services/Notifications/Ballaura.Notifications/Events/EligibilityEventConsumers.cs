using Ballaura.Contracts.Eligibility;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Events;

/// <summary>Coverage confirmed: told once per case (re-verifications later are not news to the patient).</summary>
public sealed class CoverageVerifiedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CoverageVerified>
{
    public Task Consume(ConsumeContext<CoverageVerified> context) =>
        Notify.QueueAsync(db, $"coverage-verified:{context.Message.CaseId}", context.Message.PatientId, NotificationKind.CoverageVerified, new { },
            time.GetUtcNow(), context.CancellationToken);
}

/// <summary>Coverage not confirmed: told once per case and reason (the same answer on a retry is not told again).</summary>
public sealed class CoverageNotVerifiedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CoverageNotVerified>
{
    public Task Consume(ConsumeContext<CoverageNotVerified> context) =>
        Notify.QueueAsync(db, $"coverage-not-verified:{context.Message.CaseId}:{context.Message.ReasonCode}", context.Message.PatientId,
            NotificationKind.CoverageNotVerified, new { }, time.GetUtcNow(), context.CancellationToken);
}
