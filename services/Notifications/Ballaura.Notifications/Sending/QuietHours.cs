namespace Ballaura.Notifications.Sending;

/// <summary>Quiet hours in the clinic's time zone (they may run over midnight, e.g. 21:00–08:00).</summary>
public static class QuietHours
{
    /// <returns>When the quiet hours end, if <paramref name="now"/> is inside them; otherwise null (send now).</returns>
    public static DateTimeOffset? EndIfQuiet(DateTimeOffset now, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        if (start == end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var overMidnight = start > end;
        var quiet = overMidnight ? time >= start || time < end : time >= start && time < end;
        if (!quiet)
        {
            return null;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (overMidnight && time >= start)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate.ToDateTime(end);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
