namespace Ballaura.Scheduling.Catalog;

/// <summary>The hours a therapist works on one weekday, in clinic-local time.</summary>
public sealed class WorkingHours
{
    public Guid TherapistId { get; private set; }
    public DayOfWeek Day { get; private set; }
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }

    private WorkingHours()
    {
    }

    public static WorkingHours On(Guid therapistId, DayOfWeek day, TimeOnly start, TimeOnly end) =>
        new() { TherapistId = therapistId, Day = day, Start = start, End = end };
}

/// <summary>A massage therapist: the rendering provider on claims (NPI, taxonomy 225700000X), with weekly hours.</summary>
public sealed class Therapist
{
    private readonly List<WorkingHours> _hours = [];

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Npi { get; private set; } = "";
    public bool Active { get; private set; }
    public IReadOnlyList<WorkingHours> Hours => _hours;

    private Therapist()
    {
    }

    public static Therapist Hire(Guid id, string name, string npi) => new() { Id = id, Name = name, Npi = npi, Active = true };

    /// <summary>Replaces the weekly hours (bookings already made stay; availability follows the new hours).</summary>
    public void SetHours(IEnumerable<(DayOfWeek Day, TimeOnly Start, TimeOnly End)> hours)
    {
        _hours.Clear();
        _hours.AddRange(hours.Select(h => WorkingHours.On(Id, h.Day, h.Start, h.End)));
    }

    public void Deactivate() => Active = false;

    public IEnumerable<WorkingHours> HoursOn(DayOfWeek day) => _hours.Where(h => h.Day == day);
}
