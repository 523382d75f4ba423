namespace Ballaura.Notifications.Outgoing;

/// <summary>What a message tells the patient; each kind has its template (Templates/).</summary>
public enum NotificationKind
{
    CaseOpened = 1,
    CaseRefused = 2,
    CoverageVerified = 3,
    CoverageNotVerified = 4,
    CallBackScheduled = 5,
    AppointmentBooked = 6,
    AppointmentRescheduled = 7,
    AppointmentCancelled = 8,
    AppointmentReminder = 9,
    CardCharged = 11,
    StatementReady = 12,
}
