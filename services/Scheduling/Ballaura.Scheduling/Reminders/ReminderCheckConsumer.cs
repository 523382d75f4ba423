using Ballaura.Contracts.Scheduling;
using Ballaura.Messaging.Outbox;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Scheduling.Reminders;

/// <summary>Runs behind the inbox: one reminder per booking and start, however often the check is delivered.</summary>
public sealed class ReminderCheckConsumer(SchedulingDbContext db, IOutbox outbox, ClinicCalendar calendar) : IConsumer<ReminderCheck>
{
    public async Task Consume(ConsumeContext<ReminderCheck> context)
    {
        var check = context.Message;
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == check.BookingId, context.CancellationToken);
        if (booking is not { Status: BookingStatus.Booked } || booking.Start != check.StartsAt || booking.Start <= calendar.Now)
        {
            return;
        }

        outbox.Publish(new AppointmentReminderDue(booking.Id, booking.PatientId, booking.CaseId, booking.Start, calendar.Describe(booking.Start)));
    }
}
