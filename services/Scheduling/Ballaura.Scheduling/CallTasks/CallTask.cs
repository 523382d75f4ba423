namespace Ballaura.Scheduling.CallTasks;

public enum CallTaskStatus
{
    Open = 1,
    Done = 2,
}

public enum CallOutcomeKind
{
    Booked = 1,
    NoAnswer = 2,
    CallAgain = 3,
    Declined = 4,
}

/// <summary>One call made on a task: what happened, who called, and what comes next.</summary>
public sealed record CallOutcome(DateTimeOffset At, string By, CallOutcomeKind Outcome, string? Note, DateTimeOffset? CallAgainAt, Guid? BookingId);

/// <summary>
/// The clinic calls the patient to schedule (R9). A task stays open until the patient booked or declined: an unanswered
/// call only moves it later, so nothing falls off the queue. Whoever takes it (phone system or front desk) holds it for
/// a short lease, so two callers never ring the same patient at once.
/// </summary>
public sealed class CallTask
{
    private readonly List<CallOutcome> _outcomes = [];

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid PatientId { get; private set; }
    public CallTaskStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public int Attempts { get; private set; }
    public string? TakenBy { get; private set; }
    public DateTimeOffset? TakenUntil { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<CallOutcome> Outcomes => _outcomes;

    private CallTask()
    {
    }

    public static CallTask Open(Guid caseId, Guid patientId, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        PatientId = patientId,
        Status = CallTaskStatus.Open,
        CreatedAt = now,
        DueAt = dueAt,
    };

    public bool IsTakenByOtherThan(string caller, DateTimeOffset now) => TakenUntil is { } until && until > now && TakenBy != caller;

    public void Record(CallOutcome outcome, DateTimeOffset? nextDue)
    {
        _outcomes.Add(outcome);
        Attempts++;
        TakenBy = null;
        TakenUntil = null;
        if (nextDue is { } due)
        {
            DueAt = due;
        }
        else
        {
            Status = CallTaskStatus.Done;
            ClosedAt = outcome.At;
        }
    }
}
