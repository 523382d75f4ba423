namespace Ballaura.Scheduling.Reminders;

/// <summary>
/// Scheduling's note to itself, sent through the outbox with a not-before time: when it arrives, remind the patient if
/// the booking still starts at <paramref name="StartsAt"/> (a cancelled or moved booking gets no reminder).
/// </summary>
public sealed record ReminderCheck(Guid BookingId, DateTimeOffset StartsAt);
