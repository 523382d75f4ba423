using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.Contracts.Scheduling;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>
/// A booking's life through the gateway: moved (history kept), cancelled early (free) or late (R10 fee), checked in,
/// the session recorded (R15) and the visit completed. Uses a therapist hired for the test who works around the clock,
/// so a visit within the next 24 hours exists whatever time the suite runs.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VisitLifecycleTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task A_moved_insurance_visit_keeps_its_history_and_the_web_cannot_move_it()
    {
        var (caseId, _) = await _flow.ReadyToScheduleAsync();
        await _flow.PutCardAsync();
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var start = Tuesday(weeksAhead: 5, hour: 13);
        using var booked = await BookAsync(phone, start, Maya, caseId, "insurance-massage-30");
        var original = await booked.Content.ReadFromJsonAsync<JsonElement>();
        var originalId = original.GetProperty("id").GetGuid();

        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        using var byWeb = await patient.PostAsJsonAsync($"/api/scheduling/bookings/{originalId}/reschedule", new { start = start.AddHours(1) });
        Assert.Equal("R11", (await ProblemAsync(byWeb, HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());

        // Moved by 15 minutes: the new time overlaps the old one, which is released in the same transaction.
        using var moved = await phone.PostAsJsonAsync($"/api/scheduling/bookings/{originalId}/reschedule", new { start = start.AddMinutes(15), services = new[] { "insurance-massage-30", "hot-stones" } });
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var replacement = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(originalId, replacement.GetProperty("rescheduledFromId").GetGuid());
        Assert.Equal(start.AddMinutes(60), replacement.GetProperty("end").GetDateTimeOffset());

        var old = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/bookings/{originalId}");
        Assert.Equal("Rescheduled", old.GetProperty("status").GetString());
        Assert.Equal(replacement.GetProperty("id").GetGuid(), old.GetProperty("rescheduledToId").GetGuid());

        // Cancelled days ahead: free, and the slot is free again.
        using var cancelled = await patient.PostAsJsonAsync($"/api/scheduling/bookings/{replacement.GetProperty("id").GetGuid()}/cancel", new { reason = "Feeling better" });
        var cancellation = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", cancellation.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, cancellation.GetProperty("feeRule").ValueKind);
        using var again = await BookAsync(phone, start.AddMinutes(15), Maya, caseId, "insurance-massage-30");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task A_cancellation_within_24_hours_carries_the_fee_rule_and_a_visit_is_checked_in_recorded_and_completed()
    {
        await using var tap = await EventTap.ListenAsync(system.MessagingConnectionString,
            typeof(LateCancellationFeeDue), typeof(AppointmentCancelled), typeof(AppointmentReminderDue), typeof(VisitCompleted));
        var nightOwl = await _flow.HireNightOwlAsync();
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        // Patient 1 books for themselves on the web (patient 2 may have an insurance visit today, which would make it R12).
        var patient = await system.Principals.ClientAsync(Principals.Patient1);

        var soonest = await _flow.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddMinutes(2), ["relaxation-massage-60"], Principals.Patient1);
        using var soon = await BookForAsync(patient, Principals.Patient1Id, soonest, nightOwl, null, "relaxation-massage-60");
        Assert.True(soon.StatusCode == HttpStatusCode.Created, await soon.Content.ReadAsStringAsync());
        var soonId = (await soon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var noShowTooEarly = await frontDesk.PostAsync($"/api/scheduling/bookings/{soonId}/no-show", null);
        await ProblemAsync(noShowTooEarly, HttpStatusCode.Conflict);

        using var late = await patient.PostAsJsonAsync($"/api/scheduling/bookings/{soonId}/cancel", new { reason = "Car trouble" });
        var lateCancellation = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("R10 late cancellation", lateCancellation.GetProperty("feeRule").GetString());
        // Billing hears of the fee through the outbox; the cancellation itself goes to Notifications.
        var fee = await tap.WaitForAsync<LateCancellationFeeDue>(m => m.GetProperty("bookingId").GetGuid() == soonId);
        Assert.Equal("R10 late cancellation", fee.GetProperty("rule").GetString());
        Assert.InRange(Number(fee.GetProperty("hoursBeforeStart")), 0m, 23.99m);
        Assert.True((await tap.WaitForAsync<AppointmentCancelled>(m => m.GetProperty("bookingId").GetGuid() == soonId)).GetProperty("feeDue").GetBoolean());

        // A visit booked 24–48 hours ahead is reminded at once (one booked further ahead, 36 hours before it).
        var dayAfter = await _flow.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddHours(30), ["relaxation-massage-60"], Principals.Patient1);
        using var later = await BookForAsync(patient, Principals.Patient1Id, dayAfter, nightOwl, null, "relaxation-massage-60");
        var laterId = (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(dayAfter, (await tap.WaitForAsync<AppointmentReminderDue>(m => m.GetProperty("bookingId").GetGuid() == laterId)).GetProperty("startsAt").GetDateTimeOffset());
        using var checkInTooEarly = await frontDesk.PostAsync($"/api/scheduling/bookings/{laterId}/check-in", null);
        Assert.Contains("Check-in opens at", (await ProblemAsync(checkInTooEarly, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        // The next visit (check-in opens two hours before): check-in, the session record, completion. Every non-insurance service done is charged, so each counts as performed unless the therapist says otherwise.
        var visitStart = await _flow.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddMinutes(2), ["relaxation-massage-60", "cupping"], Principals.Patient1);
        using var visit = await BookForAsync(patient, Principals.Patient1Id, visitStart, nightOwl, null, "relaxation-massage-60", "cupping");
        Assert.True(visit.StatusCode == HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var checkIn = await frontDesk.PostAsync($"/api/scheduling/bookings/{visitId}/check-in", null);
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        var therapist = await system.Principals.ClientAsync(Principals.Therapist);
        using var completeTooSoon = await therapist.PostAsync($"/api/scheduling/bookings/{visitId}/complete", null);
        await ProblemAsync(completeTooSoon, HttpStatusCode.Conflict);
        using var badSession = await therapist.PutAsJsonAsync($"/api/scheduling/bookings/{visitId}/session",
            new { modalities = new[] { new { modality = "acupuncture", minutes = 30 } }, goals = new[] { "manage-pain" } });
        Assert.True((await ProblemAsync(badSession, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("modalities", out _));
        using var session = await therapist.PutAsJsonAsync($"/api/scheduling/bookings/{visitId}/session", new
        {
            modalities = new[] { new { modality = "trigger-point-therapy", minutes = 25 }, new { modality = "myofascial-release", minutes = 20 }, new { modality = "cupping", minutes = 15 } },
            goals = new[] { "manage-pain", "increase-flexibility" },
            recommendedVisits = 8,
        });
        Assert.True(session.StatusCode == HttpStatusCode.OK, await session.Content.ReadAsStringAsync());
        using var completed = await therapist.PostAsync($"/api/scheduling/bookings/{visitId}/complete", null);
        Assert.Equal("Completed", (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var record = await therapist.GetFromJsonAsync<JsonElement>($"/api/scheduling/bookings/{visitId}/session");
        Assert.Equal(["relaxation-massage-60", "cupping"], record.GetProperty("addOnsPerformed").EnumerateArray().Select(a => a.GetString()));

        // What Billing gets: the minutes per modality, every service performed with its price, the therapist's NPI.
        var done = await tap.WaitForAsync<VisitCompleted>(m => m.GetProperty("bookingId").GetGuid() == visitId);
        Assert.Equal("1345672046", done.GetProperty("therapistNpi").GetString());
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(visitStart, Olympia).DateTime).ToString("yyyy-MM-dd"), done.GetProperty("dateOfService").GetString());
        Assert.Equal(60, done.GetProperty("modalities").EnumerateArray().Sum(m => m.GetProperty("minutes").GetInt32()));
        Assert.Equal([95.00m, 30.00m], done.GetProperty("addOns").EnumerateArray().Select(a => Number(a.GetProperty("price"))));
    }
}
