using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Tests.Clinic;
using Xunit;

namespace Ballaura.Scheduling.Tests.Bookings;

/// <summary>R10: less than 24 hours of elapsed time before the start is late; 24 hours or more is free.</summary>
public sealed class CancellationRuleTests
{
    private static readonly TimeSpan Notice = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(23 * 60 + 59, true)]
    [InlineData(24 * 60, false)]
    [InlineData(24 * 60 + 1, false)]
    [InlineData(1, true)]
    [InlineData(3 * 24 * 60, false)]
    public void The_boundary_is_exactly_24_hours(int minutesBefore, bool late)
    {
        var start = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal(late, CancellationRule.IsLate(start, start.AddMinutes(-minutesBefore), Notice));
    }

    [Fact]
    public void One_second_short_of_24_hours_is_late()
    {
        var start = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero);
        Assert.True(CancellationRule.IsLate(start, start.AddHours(-24).AddSeconds(1), Notice));
    }

    /// <summary>
    /// Spring forward (8 March 2026): from Saturday 10:00 PST to Sunday 10:00 PDT is only 23 hours, so a cancellation at
    /// "the same clock time the day before" is late; the free cancellation ends at Saturday 09:00.
    /// </summary>
    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(9, 1, true)]
    [InlineData(9, 0, false)]
    [InlineData(8, 59, false)]
    public void Across_the_spring_change_the_day_before_at_the_same_clock_time_is_only_23_hours(int hour, int minute, bool late)
    {
        var calendar = TestCalendar.Calendar;
        var start = calendar.At(new DateOnly(2026, 3, 8), new TimeOnly(10, 0));
        var cancelledAt = calendar.At(new DateOnly(2026, 3, 7), new TimeOnly(hour, minute));
        Assert.Equal(late, CancellationRule.IsLate(start, cancelledAt, Notice));
    }

    /// <summary>Fall back (1 November 2026): Saturday 10:00 PDT to Sunday 10:00 PST is 25 hours; free until Saturday 11:00.</summary>
    [Theory]
    [InlineData(10, 0, false)]
    [InlineData(11, 0, false)]
    [InlineData(11, 1, true)]
    public void Across_the_autumn_change_the_day_before_at_the_same_clock_time_is_25_hours(int hour, int minute, bool late)
    {
        var calendar = TestCalendar.Calendar;
        var start = calendar.At(new DateOnly(2026, 11, 1), new TimeOnly(10, 0));
        var cancelledAt = calendar.At(new DateOnly(2026, 10, 31), new TimeOnly(hour, minute));
        Assert.Equal(late, CancellationRule.IsLate(start, cancelledAt, Notice));
    }

    [Fact]
    public void The_hours_before_the_start_are_told_to_Billing_to_the_hundredth()
    {
        var start = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal(23.98m, CancellationRule.HoursBefore(start, start.AddMinutes(-(23 * 60 + 59))));
    }
}
