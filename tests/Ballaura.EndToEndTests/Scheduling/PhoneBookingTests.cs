using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.Contracts.Scheduling;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>
/// From "ready to schedule" to a booked visit, through the gateway: the call task (R9), the card to hold the spot, the
/// phone booking of an insurance visit with its add-on (R11, R12, R13), and what the patient can and cannot book on the web.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PhoneBookingTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task A_ready_case_is_called_back_and_booked_by_phone_with_its_add_on()
    {
        var (caseId, taskId) = await _flow.ReadyToScheduleAsync();
        await using var tap = await EventTap.ListenAsync(system.MessagingConnectionString, typeof(AppointmentBooked));
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var start = Tuesday(weeksAhead: 2, hour: 10);

        // The screen during the call: where the case stands and what still stops a booking.
        var overview = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/cases/{caseId}");
        Assert.True(overview.GetProperty("paperworkSigned").GetBoolean());
        Assert.StartsWith("visit 1 of 12 next, prescription expires in", overview.GetProperty("visits").GetString());

        // A card is never sent as a number; the processor's token is.
        using var cardNumber = await phone.PutAsJsonAsync($"/api/scheduling/patients/{PatientId}/card",
            new { processorToken = "4111 1111 1111 1111", brand = "visa", last4 = "1111", expiryMonth = 8, expiryYear = DateTime.UtcNow.Year + 2 });
        var refusedCard = await ProblemAsync(cardNumber, HttpStatusCode.BadRequest);
        Assert.Contains("PCI", refusedCard.GetProperty("errors").GetProperty("processorToken")[0].GetString());
        Assert.DoesNotContain("4111", refusedCard.ToString());
        await _flow.PutCardAsync();
        var card = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/patients/{PatientId}/card");
        Assert.Equal("4242", card.GetProperty("last4").GetString());
        Assert.False(card.TryGetProperty("processorToken", out _));

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, Olympia).DateTime);
        var availability = await phone.GetFromJsonAsync<JsonElement>(
            $"/api/scheduling/availability?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&services=insurance-massage-60,cupping&therapistId={Maya}");
        Assert.Contains(availability[0].GetProperty("starts").EnumerateArray(), s => s.GetDateTimeOffset() == start);

        using var booked = await BookAsync(phone, start, Maya, caseId, "cupping", "insurance-massage-60");
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var booking = await booked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PhoneSystem", booking.GetProperty("channel").GetString());
        Assert.Equal(["insurance-massage-60", "cupping"], booking.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(start.AddMinutes(75), booking.GetProperty("end").GetDateTimeOffset());
        Assert.StartsWith("visit 1 of 12, prescription expires in", booking.GetProperty("visitLabel").GetString());
        var bookingId = booking.GetProperty("id").GetGuid();
        var announced = await tap.WaitForAsync<AppointmentBooked>(m => m.GetProperty("bookingId").GetGuid() == bookingId);
        Assert.Equal("phone-system", announced.GetProperty("channel").GetString());
        Assert.Equal(caseId, announced.GetProperty("caseId").GetGuid());

        // The call's outcome closes the task: nothing left on the queue for this case.
        using var outcome = await phone.PostAsJsonAsync($"/api/scheduling/call-tasks/{taskId}/outcome", new { outcome = "booked", bookingId });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal("Done", (await outcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var open = await phone.GetFromJsonAsync<JsonElement>("/api/scheduling/call-tasks");
        Assert.DoesNotContain(open.EnumerateArray(), t => t.GetProperty("caseId").GetGuid() == caseId);

        // The patient sees the visit and the cancellation rule; booking or adding to an insurance day on the web means calling.
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        var appointments = await patient.GetFromJsonAsync<JsonElement>($"/api/scheduling/patients/{PatientId}/appointments");
        var mine = appointments.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == bookingId);
        Assert.Contains("24 hours", mine.GetProperty("cancellationPolicy").GetString());

        using var webInsurance = await BookAsync(patient, start.AddDays(1), Maya, caseId, "insurance-massage-60");
        var r11 = await ProblemAsync(webInsurance, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R11", r11.GetProperty("rule").GetString());
        Assert.Contains("call us", r11.GetProperty("detail").GetString());
        using var webWithoutCase = await BookAsync(patient, start.AddDays(1), Maya, null, "insurance-massage-60");
        Assert.Equal("R11", (await ProblemAsync(webWithoutCase, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        using var webSameDay = await BookAsync(patient, start.AddHours(4), Jonah, null, "relaxation-massage-60");
        var r12 = await ProblemAsync(webSameDay, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R12", r12.GetProperty("rule").GetString());

        using var webOtherDay = await BookAsync(patient, start.AddDays(1).AddHours(4), Jonah, null, "relaxation-massage-60");
        Assert.Equal(HttpStatusCode.Created, webOtherDay.StatusCode);
        Assert.Equal("Web", (await webOtherDay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_call_nobody_answered_stays_on_the_queue_for_later()
    {
        var (_, taskId) = await _flow.ReadyToScheduleAsync();
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);

        using var noAnswer = await frontDesk.PostAsJsonAsync($"/api/scheduling/call-tasks/{taskId}/outcome", new { outcome = "no-answer" });
        var task = await noAnswer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal(1, task.GetProperty("attempts").GetInt32());
        Assert.True(task.GetProperty("dueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(2));

        using var booked = await phone.PostAsJsonAsync($"/api/scheduling/call-tasks/{taskId}/outcome", new { outcome = "booked", bookingId = Guid.NewGuid() });
        var problem = await ProblemAsync(booked, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("bookingId", out _));

        using var declined = await phone.PostAsJsonAsync($"/api/scheduling/call-tasks/{taskId}/outcome", new { outcome = "declined", note = "Going to another clinic." });
        var closed = await declined.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Done", closed.GetProperty("status").GetString());
        Assert.Equal(["no-answer", "declined"], closed.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("outcome").GetString()));
    }
}
