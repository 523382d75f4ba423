namespace Ballaura.Scheduling.Catalog;

/// <summary>A therapist is away from <see cref="Start"/> to <see cref="End"/> (instants): nothing can be booked with them then.</summary>
public sealed class TimeOff
{
    public Guid Id { get; private set; }
    public Guid TherapistId { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public string Reason { get; private set; } = "";

    private TimeOff()
    {
    }

    public static TimeOff For(Guid therapistId, DateTimeOffset start, DateTimeOffset end, string reason) => new()
    {
        Id = Guid.CreateVersion7(),
        TherapistId = therapistId,
        Start = start,
        End = end,
        Reason = reason,
    };

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
