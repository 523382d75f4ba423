using Ballaura.Notifications.Outgoing;

namespace Ballaura.Notifications.Preferences;

/// <summary>
/// How a patient wants to hear from the clinic: the channel (when not given, intake's preferred contact decides), SMS
/// opt-out (STOP), marketing opt-out, and quiet hours in the clinic's time zone (no text or call then; e-mail waits for no one).
/// </summary>
public sealed class ContactPreference
{
    public Guid PatientId { get; private set; }
    public Channel? Channel { get; private set; }
    public bool SmsOptOut { get; private set; }
    public bool MarketingOptOut { get; private set; }
    public TimeOnly QuietStart { get; private set; }
    public TimeOnly QuietEnd { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private ContactPreference()
    {
    }

    /// <summary>A patient's preferences before they set any: the clinic's quiet hours.</summary>
    public static ContactPreference For(Guid patientId, TimeOnly quietStart, TimeOnly quietEnd) =>
        new() { PatientId = patientId, QuietStart = quietStart, QuietEnd = quietEnd };

    public void Update(Channel? channel, bool smsOptOut, bool marketingOptOut, TimeOnly quietStart, TimeOnly quietEnd, DateTimeOffset now)
    {
        Channel = channel;
        SmsOptOut = smsOptOut;
        MarketingOptOut = marketingOptOut;
        QuietStart = quietStart;
        QuietEnd = quietEnd;
        UpdatedAt = now;
    }
}
