using System.Text.Json;
using Ballaura.Notifications.Outgoing;
using Ballaura.Notifications.Templates;
using Xunit;

namespace Ballaura.Notifications.Tests.Templates;

/// <summary>Every kind renders in the clinic's voice, with the time in Olympia, a portal link, and nothing clinical.</summary>
public sealed class MessageTemplateTests
{
    private static readonly ClinicVoice Clinic = new();

    private static readonly JsonElement Everything = JsonSerializer.SerializeToElement(new
    {
        startsAt = new DateTimeOffset(2026, 12, 8, 22, 30, 0, TimeSpan.Zero),
        previousStartsAt = new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.Zero),
        dueAt = new DateTimeOffset(2026, 12, 5, 18, 0, 0, TimeSpan.Zero),
        feeDue = true,
        amount = 40m,
        brand = "visa",
        last4 = "4242",
        rule = "R10",
        reason = "A late-cancellation or no-show fee under the payment policy.",
        visitDate = "2026-12-01",
    });

    public static TheoryData<NotificationKind> Kinds => new(Enum.GetValues<NotificationKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_greets_the_patient_signs_as_the_clinic_and_offers_a_way_to_stop_texts(NotificationKind kind)
    {
        var message = MessageTemplates.Render(kind, Everything, "Ravi", Clinic);

        Assert.StartsWith("Ballaura Wellness Spa: ", message.Subject);
        Assert.StartsWith("Hello Ravi,", message.Text);
        Assert.EndsWith("Ballaura Wellness Spa - (360) 539-7700", message.Text);
        Assert.EndsWith("Reply STOP to opt out.", message.Sms);
        Assert.True(message.Sms.Length <= 320, $"{kind}: a text of {message.Sms.Length} characters is more than two segments.");
        Assert.StartsWith("<!DOCTYPE html>", message.Html);
    }

    [Fact]
    public void A_visit_is_told_in_the_clinics_time_with_the_cancellation_rule()
    {
        var message = MessageTemplates.Render(NotificationKind.AppointmentBooked, Everything, "Ravi", Clinic);

        // 22:30 UTC on 8 December is 2:30 PM in Olympia.
        Assert.Contains("Tuesday, December 8 at 2:30 PM", message.Text);
        Assert.Contains("at least 24 hours ahead", message.Text);
        Assert.Contains("Tue Dec 8, 2:30 PM", message.Sms);
    }

    [Fact]
    public void A_card_charge_names_the_amount_the_card_and_the_rule_but_not_the_card_number()
    {
        var message = MessageTemplates.Render(NotificationKind.CardCharged, Everything, "Ravi", Clinic);
        Assert.Contains("We charged $40.00 to your visa card ending 4242.", message.Text);
        Assert.Contains("(R10 of the payment policy you signed)", message.Text);
    }

    [Fact]
    public void A_statement_names_the_visit_and_the_amount_without_saying_what_was_treated()
    {
        var message = MessageTemplates.Render(NotificationKind.StatementReady, Everything, "Ravi", Clinic);
        Assert.Contains("your visit of December 1, 2026", message.Text);
        Assert.Contains("$40.00 of it is yours to pay", message.Text);
    }

    [Fact]
    public void Html_is_escaped_and_the_portal_is_a_link()
    {
        var message = MessageTemplates.Render(NotificationKind.CaseOpened, Everything, "<b>Ravi</b>", Clinic);
        Assert.Contains("Hello &lt;b&gt;Ravi&lt;/b&gt;,", message.Html);
        Assert.Contains("<a href=\"https://portal.ballaura.example\">https://portal.ballaura.example</a>", message.Html);
    }
}
