namespace Ballaura.Eligibility.Processing;

/// <summary>The clinic's local date: what "today" and "a visit on the 10th" mean in Olympia, whatever the server's zone.</summary>
public sealed class ClinicCalendar(TimeZoneInfo zone, TimeProvider time)
{
    public DateOnly Today => DateOf(time.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
