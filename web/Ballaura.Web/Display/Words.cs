using System.Globalization;
using Ballaura.Web.Signing;

namespace Ballaura.Web.Display;

/// <summary>How pages say coverage types, money and times: in US English, times in the clinic's time zone (Olympia).</summary>
public static class Words
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Coverage(string coverageType) => coverageType switch
    {
        "WorkersCompensation" => "Workers' compensation (L&I)",
        "PersonalInjuryProtection" => "Auto accident (PIP)",
        _ => "Health insurance",
    };

    public static string Money(decimal amount) => amount.ToString("C", English);

    public static DateTime ClinicLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, PatientAccount.ClinicTime).DateTime;

    /// <summary>Today's date at the clinic.</summary>
    public static DateOnly ClinicToday => DateOnly.FromDateTime(ClinicLocal(DateTimeOffset.UtcNow));

    /// <summary>"Tue Dec 8, 2:30 PM".</summary>
    public static string When(DateTimeOffset at) => ClinicLocal(at).ToString("ddd MMM d, h:mm tt", English);

    public static string Day(DateTimeOffset at) => ClinicLocal(at).ToString("MMMM d, yyyy", English);

    public static string Time(DateTimeOffset at) => ClinicLocal(at).ToString("h:mm tt", English);
}
