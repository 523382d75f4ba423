using Ballaura.Contracts.Scheduling;
using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using MassTransit;

namespace Ballaura.Notifications.Events;

public sealed class CallBackScheduledConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<CallBackScheduled>
{
    public Task Consume(ConsumeContext<CallBackScheduled> context) =>
        Notify.QueueAsync(db, $"call-back:{context.Message.CallTaskId}", context.Message.PatientId, NotificationKind.CallBackScheduled,
            new { dueAt = context.Message.DueAt }, time.GetUtcNow(), context.CancellationToken);
}

public sealed class AppointmentBookedConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<AppointmentBooked>
{
    public Task Consume(ConsumeContext<AppointmentBooked> context) =>
        Notify.QueueAsync(db, $"booked:{context.Message.BookingId}", context.Message.PatientId, NotificationKind.AppointmentBooked,
            new { startsAt = context.Message.StartsAt }, time.GetUtcNow(), context.CancellationToken);
}

public sealed class AppointmentRescheduledConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<AppointmentRescheduled>
{
    public Task Consume(ConsumeContext<AppointmentRescheduled> context) =>
        Notify.QueueAsync(db, $"rescheduled:{context.Message.BookingId}", context.Message.PatientId, NotificationKind.AppointmentRescheduled,
            new { startsAt = context.Message.StartsAt, previousStartsAt = context.Message.PreviousStartsAt }, time.GetUtcNow(), context.CancellationToken);
}

public sealed class AppointmentCancelledConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<AppointmentCancelled>
{
    public Task Consume(ConsumeContext<AppointmentCancelled> context) =>
        Notify.QueueAsync(db, $"cancelled:{context.Message.BookingId}", context.Message.PatientId, NotificationKind.AppointmentCancelled,
            new { startsAt = context.Message.StartsAt, feeDue = context.Message.FeeDue }, time.GetUtcNow(), context.CancellationToken);
}

/// <summary>One reminder per booking and start time: a redelivered or re-published reminder is not sent again.</summary>
public sealed class AppointmentReminderDueConsumer(NotificationsDbContext db, TimeProvider time) : IConsumer<AppointmentReminderDue>
{
    public Task Consume(ConsumeContext<AppointmentReminderDue> context) =>
        Notify.QueueAsync(db, $"reminder:{context.Message.BookingId}:{context.Message.StartsAt.UtcTicks}", context.Message.PatientId,
            NotificationKind.AppointmentReminder, new { startsAt = context.Message.StartsAt }, time.GetUtcNow(), context.CancellationToken);
}
