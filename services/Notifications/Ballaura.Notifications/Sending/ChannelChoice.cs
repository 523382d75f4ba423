using Ballaura.Contracts.Intake;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Preferences;

namespace Ballaura.Notifications.Sending;

/// <summary>Where a message goes: the channel, the address, and — when it is not the preferred channel — why, in words.</summary>
public sealed record ChannelDecision(Channel Channel, string Address, string? Note);

/// <summary>
/// The preferred channel (the patient's setting, else intake's preferred contact, else e-mail) when it can be used; a
/// text to someone who said STOP, or with no mobile number, or after an undelivered text, goes by e-mail instead; with
/// neither e-mail nor text, the front desk gets a call task. Each fallback says so.
/// </summary>
public static class ChannelChoice
{
    public static ChannelDecision? Decide(PatientContact contact, ContactPreference? preference, bool avoidSms)
    {
        var preferred = preference?.Channel ?? contact.PreferredContact switch
        {
            "sms" => Channel.Sms,
            "phone" => Channel.Call,
            _ => Channel.Email,
        };
        var smsRefused = preference?.SmsOptOut == true;
        var canText = contact.Phone is not null && !smsRefused && !avoidSms;
        var canMail = contact.Email is not null;

        return preferred switch
        {
            Channel.Sms when canText => new ChannelDecision(Channel.Sms, contact.Phone!, null),
            Channel.Sms when canMail => new ChannelDecision(Channel.Email, contact.Email!,
                smsRefused ? "Sent by e-mail: text messages were turned off (STOP)."
                : avoidSms ? "Sent by e-mail: the text message could not be delivered."
                : "Sent by e-mail: no mobile number on file."),
            Channel.Email when canMail => new ChannelDecision(Channel.Email, contact.Email!, null),
            Channel.Email when canText => new ChannelDecision(Channel.Sms, contact.Phone!, "Sent by text: no e-mail address on file."),
            Channel.Call when contact.Phone is not null => new ChannelDecision(Channel.Call, contact.Phone, null),
            Channel.Call when canMail => new ChannelDecision(Channel.Email, contact.Email!, "Sent by e-mail: no phone number on file to call."),
            _ when contact.Phone is not null => new ChannelDecision(Channel.Call, contact.Phone, "A call task for the front desk: no e-mail, and texts are not possible."),
            _ => null,
        };
    }
}
