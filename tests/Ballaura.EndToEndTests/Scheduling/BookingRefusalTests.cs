using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>Bad bookings get problem details naming the field or the rule, and leave nothing behind.</summary>
[Collection(SystemCollection.Name)]
public sealed class BookingRefusalTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task Each_bad_booking_is_refused_with_its_reason_and_nothing_is_written()
    {
        var (caseId, _) = await _flow.ReadyToScheduleAsync();
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var start = Tuesday(weeksAhead: 4, hour: 9);
        var before = await AppointmentsAsync(phone);

        await _flow.PutCardAsync();
        await ExpectFieldAsync(BookAsync(phone, DateTimeOffset.UtcNow.AddDays(-1), Maya, caseId, "insurance-massage-60"), "start");
        await ExpectFieldAsync(BookAsync(phone, start.AddMinutes(7), Maya, caseId, "insurance-massage-60"), "start");
        await ExpectFieldAsync(BookAsync(phone, start, Maya, caseId), "services");
        await ExpectFieldAsync(BookAsync(phone, start, Maya, caseId, "insurance-massage-60", "insurance-massage-30"), "services");
        await ExpectFieldAsync(BookAsync(phone, start, Maya, caseId, "no-such-service"), "services");
        await ExpectFieldAsync(BookAsync(phone, start, Maya, null, "insurance-massage-60"), "caseId");
        await ExpectFieldAsync(BookAsync(phone, start, Guid.NewGuid(), caseId, "insurance-massage-60"), "therapistId", HttpStatusCode.UnprocessableEntity);
        await ExpectFieldAsync(BookAsync(phone, start, Maya, Guid.NewGuid(), "insurance-massage-60"), "caseId", HttpStatusCode.UnprocessableEntity);
        // Maya works 9:00–17:00 on weekdays: a 16:30 start for an hour runs past it.
        await ExpectFieldAsync(BookAsync(phone, start.AddHours(7).AddMinutes(30), Maya, caseId, "insurance-massage-60"), "start", HttpStatusCode.UnprocessableEntity);
        using var unreadable = await phone.PostAsync("/api/scheduling/bookings", new StringContent("{\"start\":\"next tuesday\"}", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAsync(unreadable, HttpStatusCode.BadRequest);

        // Two visits a week on this prescription: the third in the same week is refused (R13).
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(phone, start, Maya, caseId, "insurance-massage-60")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(phone, start.AddDays(1), Maya, caseId, "insurance-massage-60")).StatusCode);
        var third = await ProblemAsync(await BookAsync(phone, start.AddDays(2), Maya, caseId, "insurance-massage-60"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R13", third.GetProperty("rule").GetString());
        Assert.Contains("week", third.GetProperty("detail").GetString());

        Assert.Equal(before + 2, await AppointmentsAsync(phone));
    }

    private static async Task<int> AppointmentsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/scheduling/patients/{PatientId}/appointments")).GetArrayLength();

    private static async Task ExpectFieldAsync(Task<HttpResponseMessage> sending, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        using var response = await sending;
        var problem = await ProblemAsync(response, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem does not name '{field}': {problem}");
    }
}
