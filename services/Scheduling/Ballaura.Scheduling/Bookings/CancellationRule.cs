namespace Ballaura.Scheduling.Bookings;

/// <summary>
/// R10: a cancellation less than 24 hours before the start costs the fee; 24 hours or more is free. Measured as elapsed
/// time between two instants, so a daylight-saving night (23 or 25 clock hours) changes nothing.
/// </summary>
public static class CancellationRule
{
    public const string LateCancellation = "R10 late cancellation";
    public const string NoShow = "R10 no-show";

    public static bool IsLate(DateTimeOffset start, DateTimeOffset cancelledAt, TimeSpan freeNotice) => start - cancelledAt < freeNotice;

    public static decimal HoursBefore(DateTimeOffset start, DateTimeOffset cancelledAt) =>
        Math.Round((decimal)(start - cancelledAt).TotalHours, 2, MidpointRounding.AwayFromZero);
}
