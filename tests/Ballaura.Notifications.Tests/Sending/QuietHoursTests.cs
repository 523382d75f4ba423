using Ballaura.Notifications.Sending;
using Xunit;

namespace Ballaura.Notifications.Tests.Sending;

/// <summary>Quiet hours in Olympia's time, across midnight and daylight saving.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Olympia = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly TimeOnly Nine = new(21, 0);
    private static readonly TimeOnly Eight = new(8, 0);

    [Fact]
    public void A_text_at_10_pm_waits_until_8_the_next_morning()
    {
        // 22:00 PST on 4 December is 06:00 UTC on 5 December.
        var end = QuietHours.EndIfQuiet(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), Olympia, Nine, Eight);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public void A_text_at_6_am_waits_until_8_the_same_morning_and_one_at_noon_goes_now()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero),
            QuietHours.EndIfQuiet(new DateTimeOffset(2026, 12, 5, 14, 0, 0, TimeSpan.Zero), Olympia, Nine, Eight));
        Assert.Null(QuietHours.EndIfQuiet(new DateTimeOffset(2026, 12, 5, 20, 0, 0, TimeSpan.Zero), Olympia, Nine, Eight));
    }

    [Fact]
    public void Quiet_hours_follow_daylight_saving_time()
    {
        // 23:00 PDT on 1 July is 06:00 UTC on 2 July; 08:00 PDT is 15:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 15, 0, 0, TimeSpan.Zero),
            QuietHours.EndIfQuiet(new DateTimeOffset(2026, 7, 2, 6, 0, 0, TimeSpan.Zero), Olympia, Nine, Eight));
    }

    [Fact]
    public void Equal_start_and_end_mean_no_quiet_hours()
    {
        Assert.Null(QuietHours.EndIfQuiet(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), Olympia, TimeOnly.MinValue, TimeOnly.MinValue));
    }
}
