using Ballaura.Notifications.Outgoing;
using Xunit;

namespace Ballaura.Notifications.Tests.Outgoing;

/// <summary>Retries wait longer each time and end on the dead-letter list, from which staff resend.</summary>
public sealed class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);

    [Fact]
    public void Each_failure_waits_four_times_longer_and_the_sixth_dead_letters_it()
    {
        var notification = Notification.Create("booked:1:2", Guid.NewGuid(), NotificationKind.AppointmentBooked, "{}", Now);

        notification.Failed("451 try again later", Now, Base);
        Assert.Equal((NotificationStatus.Pending, Now.AddSeconds(30)), (notification.Status, notification.NextAttemptAt));
        notification.Failed("451 try again later", Now, Base);
        Assert.Equal(Now.AddMinutes(2), notification.NextAttemptAt);
        for (var i = 0; i < 3; i++)
        {
            notification.Failed("451 try again later", Now, Base);
        }

        Assert.Equal(NotificationStatus.Pending, notification.Status);
        notification.Failed("451 try again later", Now, Base);
        Assert.Equal((NotificationStatus.DeadLettered, 6), (notification.Status, notification.Attempts));
    }

    [Fact]
    public void Only_a_dead_lettered_message_is_resent_and_it_gets_a_fresh_set_of_attempts()
    {
        var notification = Notification.Create("booked:1:2", Guid.NewGuid(), NotificationKind.AppointmentBooked, "{}", Now);
        Assert.Contains("Only a dead-lettered message", notification.Resend(Now));
        for (var i = 0; i < Notification.MaxAttempts; i++)
        {
            notification.Failed("connection refused", Now, Base);
        }

        Assert.Null(notification.Resend(Now.AddHours(1)));
        Assert.Equal((NotificationStatus.Pending, 0, Now.AddHours(1)), (notification.Status, notification.Attempts, notification.NextAttemptAt));
    }
}
