using Microsoft.Extensions.Options;

namespace Ballaura.Scheduling.Clinic;

/// <summary>
/// Clinic-local dates and times against stored UTC instants, across daylight-saving changes: a local time that does not
/// exist (spring forward) or happens twice (fall back) is resolved explicitly, never by accident.
/// </summary>
public sealed class ClinicCalendar(IOptions<SchedulingOptions> options, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.ClinicTimeZone);
    private readonly DayOfWeek _weekStart = options.Value.WeekStartsOn;

    public TimeZoneInfo Zone => _zone;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOf(Now);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// The instant a local wall-clock time names. In the spring gap (02:00–03:00 does not exist) the time moves forward
    /// by the gap; in the autumn overlap (01:00–02:00 happens twice) the first occurrence (daylight time) is taken.
    /// </summary>
    public DateTimeOffset At(DateOnly date, TimeOnly localTime)
    {
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = _zone.IsAmbiguousTime(local) ? _zone.GetAmbiguousTimeOffsets(local).Max() : _zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The start of the local day as an instant (a DST Sunday is 23 or 25 hours long).</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>The first day of the calendar week <paramref name="date"/> falls in (R13's frequency).</summary>
    public DateOnly WeekOf(DateOnly date)
    {
        var back = ((int)date.DayOfWeek - (int)_weekStart + 7) % 7;
        return date.AddDays(-back);
    }

    public string Describe(DateTimeOffset instant) => ToLocal(instant).ToString("ddd d MMM yyyy h:mm tt", System.Globalization.CultureInfo.InvariantCulture);
}
