namespace Ballaura.Scheduling.Clinic;

/// <summary>The clinic's scheduling settings ("Scheduling" section).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    public string ClinicTimeZone { get; set; } = "America/Los_Angeles";

    /// <summary>The first day of a calendar week for visit frequency (R13): Sunday unless the clinic says otherwise.</summary>
    public DayOfWeek WeekStartsOn { get; set; } = DayOfWeek.Sunday;

    /// <summary>How long a prescription is good for when it states no expiry (R13).</summary>
    public int PrescriptionDefaultValidityDays { get; set; } = 90;

    /// <summary>A cancellation less than this before the start is late (R10): elapsed time, not clock hours.</summary>
    public TimeSpan FreeCancellationNotice { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a call task taken by the phone system or a front-desk user stays theirs before it returns to the queue.</summary>
    public TimeSpan CallTaskLease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When a patient did not answer, the next try is due this much later (within the clinic's calling hours).</summary>
    public TimeSpan CallAgainAfterNoAnswer { get; set; } = TimeSpan.FromHours(3);

    /// <summary>The clinic calls patients between these local times.</summary>
    public TimeOnly CallingHoursStart { get; set; } = new(9, 0);

    public TimeOnly CallingHoursEnd { get; set; } = new(18, 0);

    /// <summary>The reminder goes out this long before the visit (R: 24–48 h before).</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(36);

    /// <summary>How long before the start a patient can be checked in (early arrivals fill in forms).</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromHours(2);

    /// <summary>What patients are told when they must call (R11, R12).</summary>
    public string ClinicPhone { get; set; } = "360-539-7700";
}
