using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Contracts.Scheduling;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Notifications;

/// <summary>
/// What the patient receives, read from the real SMTP sink and SMS provider: one message per event and recipient,
/// whatever the broker redelivers or a publisher repeats; kept and sent later while the mail server is down; texts
/// never sent to someone who said STOP.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class NotificationTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_new_case_is_told_by_one_e_mail_and_the_same_event_published_again_sends_nothing_more()
    {
        var email = $"ravi.{Guid.NewGuid():N}@example.test";
        var (caseId, patientId) = await OpenCaseAsync(email, phone: null, preferred: "Email");

        var mail = Assert.Single(await WaitForMailAsync(email, 1));
        Assert.Equal("Ballaura Wellness Spa: We received your insurance case", mail.GetProperty("subject").GetString());
        var text = mail.GetProperty("text").GetString()!;
        Assert.StartsWith("Hello Ravi,", text);
        Assert.Contains("https://portal.ballaura.example", text);
        Assert.Contains("<a href=\"https://portal.ballaura.example\">", mail.GetProperty("html").GetString());

        // The same fact again, as a publisher that sent it twice would put it on the broker (a new message id).
        await EventTap.PublishAsync(system.MessagingConnectionString, new CaseOpened(caseId, patientId, CoverageType.MajorMedical, DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await MailToAsync(email));
        var history = await HistoryAsync(patientId);
        Assert.Equal(1, history.EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "CaseOpened"));
    }

    [Fact]
    public async Task While_the_mail_server_refuses_mail_the_message_waits_and_is_sent_once_when_it_is_back()
    {
        var email = $"dana.{Guid.NewGuid():N}@example.test";
        await SetFaultsAsync(smtpDown: true);
        try
        {
            var (_, patientId) = await OpenCaseAsync(email, phone: null, preferred: "Email");
            JsonElement waiting = default;
            await WaitAsync(async () =>
            {
                waiting = (await HistoryAsync(patientId)).EnumerateArray().FirstOrDefault(n => n.GetProperty("kind").GetString() == "CaseOpened");
                return waiting.ValueKind == JsonValueKind.Object && waiting.GetProperty("attempts").GetInt32() >= 2;
            }, () => $"two refused attempts (last seen {waiting})");
            Assert.Equal("Pending", waiting.GetProperty("status").GetString());
            Assert.Contains("try again later", waiting.GetProperty("lastError").GetString());
            Assert.Empty(await MailToAsync(email));
        }
        finally
        {
            await SetFaultsAsync(smtpDown: false);
        }

        Assert.Single(await WaitForMailAsync(email, 1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await MailToAsync(email));
    }

    [Fact]
    public async Task A_patient_who_replied_STOP_gets_e_mail_instead_of_texts_and_is_told_why()
    {
        var email = $"mara.{Guid.NewGuid():N}@example.test";
        var digits = $"360555{Random.Shared.Next(1000, 9999)}";
        var (caseId, patientId) = await OpenCaseAsync(email, phone: digits, preferred: "Sms");
        var number = "+1" + digits;

        // The first message goes by text, as preferred, and the carrier's receipt says it was delivered.
        Assert.Contains("We received your insurance case", Assert.Single(await WaitForTextsAsync(number, 1)).GetProperty("body").GetString());
        await WaitAsync(async () => (await HistoryAsync(patientId)).EnumerateArray().Any(n => n.GetProperty("status").GetString() == "Delivered"),
            () => "the text's delivery receipt");

        // The patient answers the text with STOP: the provider reports the reply, texts are turned off for them.
        using var stop = await system.ContactSandbox.PostAsJsonAsync("/sms/inbound", new { from = number, body = "Stop" });
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        await WaitAsync(async () => (await frontDesk.GetFromJsonAsync<JsonElement>($"/api/notifications/patients/{patientId}/preferences")).GetProperty("smsOptOut").GetBoolean(),
            () => "the STOP reply to turn texts off");
        await EventTap.PublishAsync(system.MessagingConnectionString, new CallBackScheduled(Guid.NewGuid(), caseId, patientId, DateTimeOffset.UtcNow.AddHours(2)));

        var mail = Assert.Single(await WaitForMailAsync(email, 1));
        Assert.Equal("Ballaura Wellness Spa: We will call you to schedule", mail.GetProperty("subject").GetString());
        var callBack = (await HistoryAsync(patientId)).EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "CallBackScheduled");
        Assert.Equal(("Email", "Sent by e-mail: text messages were turned off (STOP)."), (callBack.GetProperty("channel").GetString(), callBack.GetProperty("note").GetString()));
        Assert.Single(await TextsToAsync(number));
    }

    private async Task<(Guid CaseId, Guid PatientId)> OpenCaseAsync(string email, string? phone, string preferred)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var opened = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ravi", lastName = "Okafor", birthDate = "1979-05-02", coverageType = "MajorMedical", payerId = "premera",
            email, phone, preferredContact = preferred,
        });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var body = await opened.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("patientId").GetGuid());
    }

    private async Task<JsonElement> HistoryAsync(Guid patientId)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        return await frontDesk.GetFromJsonAsync<JsonElement>($"/api/notifications/patients/{patientId}/notifications");
    }

    private async Task<List<JsonElement>> MailToAsync(string email) =>
        (await system.ContactSandbox.GetFromJsonAsync<JsonElement>($"/mail/messages?to={Uri.EscapeDataString(email)}")).EnumerateArray().ToList();

    private async Task<List<JsonElement>> TextsToAsync(string number) =>
        (await system.ContactSandbox.GetFromJsonAsync<JsonElement>($"/sms/messages?to={Uri.EscapeDataString(number)}")).EnumerateArray().ToList();

    private async Task<List<JsonElement>> WaitForMailAsync(string email, int count)
    {
        List<JsonElement> mail = [];
        await WaitAsync(async () => (mail = await MailToAsync(email)).Count >= count, () => $"{count} message(s) to {email} in the SMTP sink (found {mail.Count})");
        return mail;
    }

    private async Task<List<JsonElement>> WaitForTextsAsync(string number, int count)
    {
        List<JsonElement> texts = [];
        await WaitAsync(async () => (texts = await TextsToAsync(number)).Count >= count, () => $"{count} text(s) to {number} (found {texts.Count})");
        return texts;
    }

    private async Task SetFaultsAsync(bool smtpDown)
    {
        var faults = JsonNode.Parse(await system.ContactSandbox.GetStringAsync("/sandbox/faults"))!.AsObject();
        faults["smtpDown"] = smtpDown;
        using var put = await system.ContactSandbox.PutAsJsonAsync("/sandbox/faults", faults);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }
}
