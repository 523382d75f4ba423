using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>R14 through the gateway: many callers reaching for one slot at the same moment, and the database deciding.</summary>
[Collection(SystemCollection.Name)]
public sealed class BookingRushTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task Fifty_parallel_bookings_of_the_same_slot_give_one_booking_and_49_conflicts_with_the_reason()
    {
        var (caseId, _) = await _flow.ReadyToScheduleAsync();
        await _flow.PutCardAsync();
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var start = Tuesday(weeksAhead: 3, hour: 11);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await BookAsync(phone, start, Jonah, caseId, "insurance-massage-45");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Equal(1, attempts.Count(a => a.StatusCode == HttpStatusCode.Created));
        var conflicts = attempts.Where(a => a.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(49, conflicts.Count);
        Assert.All(conflicts, c => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(c.Body).RootElement.GetProperty("detail").GetString())));

        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, Olympia).DateTime);
        var schedule = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/scheduling/schedule?date={day:yyyy-MM-dd}&therapistId={Jonah}");
        Assert.Single(schedule.EnumerateArray(), b => b.GetProperty("start").GetDateTimeOffset() == start && b.GetProperty("status").GetString() == "Booked");
        var overview = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/cases/{caseId}");
        Assert.Equal(1, overview.GetProperty("visitsHeld").GetInt32());
    }
}
