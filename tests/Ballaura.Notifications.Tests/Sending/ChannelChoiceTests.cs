using Ballaura.Contracts.Intake;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Preferences;
using Ballaura.Notifications.Sending;
using Xunit;

namespace Ballaura.Notifications.Tests.Sending;

/// <summary>The preferred channel when it can be used; a fallback that says why when it cannot.</summary>
public sealed class ChannelChoiceTests
{
    private static readonly PatientContact Both = new(Guid.NewGuid(), "Ravi", "ravi@example.test", "+13605550142", "sms");

    [Fact]
    public void A_text_goes_to_a_patient_who_prefers_texts()
    {
        Assert.Equal(new ChannelDecision(Channel.Sms, "+13605550142", null), ChannelChoice.Decide(Both, null, avoidSms: false));
    }

    [Fact]
    public void A_patient_who_said_STOP_gets_e_mail_and_is_told_why()
    {
        var stopped = Preference(smsOptOut: true);
        Assert.Equal(new ChannelDecision(Channel.Email, "ravi@example.test", "Sent by e-mail: text messages were turned off (STOP)."),
            ChannelChoice.Decide(Both, stopped, avoidSms: false));
        // Even a patient whose own setting asks for texts.
        Assert.Equal(Channel.Email, ChannelChoice.Decide(Both with { PreferredContact = "email" }, Preference(smsOptOut: true, channel: Channel.Sms), false)!.Channel);
    }

    [Fact]
    public void After_an_undelivered_text_the_message_goes_by_e_mail()
    {
        var decision = ChannelChoice.Decide(Both, null, avoidSms: true);
        Assert.Equal((Channel.Email, "Sent by e-mail: the text message could not be delivered."), (decision!.Channel, decision.Note));
    }

    [Fact]
    public void Without_an_e_mail_address_a_text_is_sent_and_without_either_the_front_desk_calls()
    {
        Assert.Equal((Channel.Sms, "Sent by text: no e-mail address on file."),
            (ChannelChoice.Decide(Both with { Email = null, PreferredContact = "email" }, null, false)!.Channel, ChannelChoice.Decide(Both with { Email = null, PreferredContact = "email" }, null, false)!.Note));
        Assert.Equal(Channel.Call, ChannelChoice.Decide(Both with { Email = null }, Preference(smsOptOut: true), false)!.Channel);
        Assert.Null(ChannelChoice.Decide(Both with { Email = null, Phone = null }, null, false));
    }

    [Fact]
    public void A_patient_who_prefers_phone_calls_gets_a_call_task()
    {
        Assert.Equal(Channel.Call, ChannelChoice.Decide(Both with { PreferredContact = "phone" }, null, false)!.Channel);
    }

    private static ContactPreference Preference(bool smsOptOut, Channel? channel = null)
    {
        var preference = ContactPreference.For(Guid.NewGuid(), new TimeOnly(21, 0), new TimeOnly(8, 0));
        preference.Update(channel, smsOptOut, false, new TimeOnly(21, 0), new TimeOnly(8, 0), DateTimeOffset.UtcNow);
        return preference;
    }
}
