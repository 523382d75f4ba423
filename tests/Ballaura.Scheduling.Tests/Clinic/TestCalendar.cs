using Ballaura.Scheduling.Clinic;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Tests.Clinic;

/// <summary>The clinic's calendar (America/Los_Angeles, weeks from Sunday) on a clock the test sets.</summary>
public static class TestCalendar
{
    public static ClinicCalendar At(DateTimeOffset now, DayOfWeek weekStartsOn = DayOfWeek.Sunday) =>
        new(Options.Create(new SchedulingOptions { WeekStartsOn = weekStartsOn }), new FixedTime(now));

    public static ClinicCalendar Calendar => At(new DateTimeOffset(2026, 12, 4, 20, 0, 0, TimeSpan.Zero));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
