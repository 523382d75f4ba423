namespace Ballaura.Notifications.Outgoing;

public enum NotificationStatus
{
    /// <summary>Waiting for its time (quiet hours, a retry's backoff) or for the sender.</summary>
    Pending = 1,

    /// <summary>Taken by one sender until its lease ends: two replicas never send it twice.</summary>
    Sending = 2,

    Sent = 3,
    Delivered = 4,

    /// <summary>Every attempt failed: on the dead-letter list until staff resend it.</summary>
    DeadLettered = 5,

    /// <summary>Nothing to send by any channel the patient allows (the reason is kept).</summary>
    Suppressed = 6,
}

public enum Channel
{
    Email = 1,
    Sms = 2,

    /// <summary>No e-mail or text possible: a call task for the front desk.</summary>
    Call = 3,
}

/// <summary>
/// One message to one patient about one event. Its key (the event's business identity and the recipient) is unique in
/// the database: a redelivered or re-published event, a crash and a retry, or two replicas never make a second one.
/// The content is rendered when it is sent and kept as sent — what the patient saw, for the history.
/// </summary>
public sealed class Notification
{
    public const int MaxAttempts = 6;

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public Guid PatientId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>The event's facts the template needs (times, amounts), as JSON — never a diagnosis.</summary>
    public string Data { get; private set; } = "{}";

    public NotificationStatus Status { get; private set; }
    public Channel? Channel { get; private set; }
    public string? Address { get; private set; }
    public string? Subject { get; private set; }
    public string? Body { get; private set; }

    /// <summary>Why it went by another channel than the preferred one, or why it was not sent.</summary>
    public string? Note { get; private set; }

    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>A text was not delivered: the next attempt goes by e-mail.</summary>
    public bool AvoidSms { get; private set; }

    /// <summary>The provider's id (the SMS message id, the e-mail's Message-Id).</summary>
    public string? ProviderId { get; private set; }

    private Notification()
    {
    }

    public static Notification Create(string key, Guid patientId, NotificationKind kind, string data, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Key = key,
        PatientId = patientId,
        Kind = kind,
        Data = data,
        Status = NotificationStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Not now (quiet hours): tried again at <paramref name="at"/>, without counting an attempt.</summary>
    public void Defer(DateTimeOffset at, string why)
    {
        Status = NotificationStatus.Pending;
        LeaseUntil = null;
        NextAttemptAt = at;
        Note = why;
    }

    public void Sent(Channel channel, string address, string subject, string body, string? providerId, string? note, DateTimeOffset at)
    {
        Status = NotificationStatus.Sent;
        Channel = channel;
        Address = address;
        Subject = subject;
        Body = body;
        ProviderId = providerId;
        Note = note;
        Attempts++;
        SentAt = at;
        LeaseUntil = null;
        LastError = null;
    }

    /// <summary>Delivered to the phone (the carrier's receipt), or the front desk made the call.</summary>
    public void Delivered(DateTimeOffset at)
    {
        Status = NotificationStatus.Delivered;
        DeliveredAt = at;
    }

    /// <summary>
    /// A failed attempt: tried again after a growing wait (<paramref name="retryBase"/> × 1, 4, 16, 64 …; 30 s by default),
    /// dead-lettered after <see cref="MaxAttempts"/>.
    /// </summary>
    public void Failed(string error, DateTimeOffset at, TimeSpan retryBase)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        LeaseUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = NotificationStatus.DeadLettered;
            return;
        }

        Status = NotificationStatus.Pending;
        NextAttemptAt = at + retryBase * Math.Pow(4, Attempts - 1);
    }

    public void Suppressed(string why)
    {
        Status = NotificationStatus.Suppressed;
        Note = why;
        LeaseUntil = null;
    }

    /// <summary>The text was never delivered (the carrier's receipt): sent again by e-mail, saying so.</summary>
    public void FallBack(string why, DateTimeOffset at)
    {
        Status = NotificationStatus.Pending;
        Note = why;
        NextAttemptAt = at;
        ProviderId = null;
        AvoidSms = true;
    }

    /// <summary>Staff resend a dead-lettered message: a fresh set of attempts.</summary>
    public string? Resend(DateTimeOffset at)
    {
        if (Status != NotificationStatus.DeadLettered)
        {
            return $"Only a dead-lettered message is resent; this one is {Status}.";
        }

        Status = NotificationStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
        return null;
    }
}
