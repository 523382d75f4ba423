using Xunit;

namespace Ballaura.Scheduling.Tests.Clinic;

public sealed class ClinicCalendarTests
{
    [Fact]
    public void A_local_time_becomes_the_instant_of_its_season()
    {
        var calendar = TestCalendar.Calendar;
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 12, 7), new TimeOnly(9, 0))); // PST, UTC-8
        Assert.Equal(new DateTimeOffset(2026, 7, 6, 16, 0, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 7, 6), new TimeOnly(9, 0))); // PDT, UTC-7
    }

    [Fact]
    public void The_spring_gap_moves_forward_and_the_autumn_overlap_takes_the_first_occurrence()
    {
        var calendar = TestCalendar.Calendar;
        // 8 March 2026: 02:30 does not exist in Olympia; it is read as 03:30 PDT.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 10, 30, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
        // 1 November 2026: 01:30 happens twice; the first is 01:30 PDT (08:30 UTC).
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero), calendar.At(new DateOnly(2026, 11, 1), new TimeOnly(1, 30)));
    }

    [Fact]
    public void A_daylight_saving_sunday_is_23_or_25_hours_long()
    {
        var calendar = TestCalendar.Calendar;
        Assert.Equal(TimeSpan.FromHours(23), calendar.StartOfDay(new DateOnly(2026, 3, 9)) - calendar.StartOfDay(new DateOnly(2026, 3, 8)));
        Assert.Equal(TimeSpan.FromHours(25), calendar.StartOfDay(new DateOnly(2026, 11, 2)) - calendar.StartOfDay(new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void A_late_evening_visit_in_Olympia_keeps_its_local_date_though_UTC_is_already_the_next_day()
    {
        var calendar = TestCalendar.Calendar;
        Assert.Equal(new DateOnly(2026, 12, 31), calendar.DateOf(new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(DayOfWeek.Sunday, "2026-12-06")]
    [InlineData(DayOfWeek.Monday, "2026-12-07")]
    public void The_week_starts_on_the_clinics_first_day(DayOfWeek weekStartsOn, string expected)
    {
        var calendar = TestCalendar.At(DateTimeOffset.UtcNow, weekStartsOn);
        Assert.Equal(DateOnly.Parse(expected), calendar.WeekOf(new DateOnly(2026, 12, 9))); // a Wednesday
        Assert.Equal(DateOnly.Parse(expected), calendar.WeekOf(DateOnly.Parse(expected)));
    }
}
