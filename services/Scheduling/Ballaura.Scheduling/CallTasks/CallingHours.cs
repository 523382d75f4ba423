using Ballaura.Scheduling.Clinic;
using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.CallTasks;

/// <summary>When the clinic may ring a patient: within its calling hours, Monday to Saturday, in clinic-local time.</summary>
public sealed class CallingHours(ClinicCalendar calendar, IOptions<SchedulingOptions> options)
{
    /// <summary>The first calling time at or after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextFrom(DateTimeOffset instant)
    {
        var (start, end) = (options.Value.CallingHoursStart, options.Value.CallingHoursEnd);
        var day = calendar.DateOf(instant);
        for (var i = 0; i < 8; i++, day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                continue;
            }

            var opens = calendar.At(day, start);
            var closes = calendar.At(day, end);
            if (instant < closes)
            {
                return instant > opens ? instant : opens;
            }
        }

        return instant;
    }
}
