using System.Globalization;

namespace Ballaura.X12;

internal static class X12Dates
{
    public static string Date(DateTimeOffset at) => at.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToString("HHmm", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string value, string element, long position) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new X12FormatException($"{element} '{value}' is not a date (CCYYMMDD).", position);

    public static DateTimeOffset ParseIsaStamp(string date, string time) =>
        DateTime.TryParseExact(date + time, "yyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : throw new X12FormatException($"ISA09/ISA10 '{date} {time}' is not a date and time.", 1);
}

internal static class X12Checks
{
    public static void Require(bool condition, string message, long position)
    {
        if (!condition)
        {
            throw new X12FormatException(message, position);
        }
    }
}
