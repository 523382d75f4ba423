using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Eligibility;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>
/// Takes a case of patient 2 (Ravi Okafor) from intake to the call-back queue through the gateway: verified by the
/// payer sandbox, paperwork signed by the patient, CaseReadyToSchedule on the broker, a call task in Scheduling.
/// </summary>
public sealed class SchedulingFlow(BallauraAppFixture system)
{
    public static readonly Guid Maya = Guid.Parse("0193b000-0000-7000-8000-000000000001");
    public static readonly Guid Jonah = Guid.Parse("0193b000-0000-7000-8000-000000000002");
    public static readonly TimeZoneInfo Olympia = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static Guid PatientId => Principals.Patient2Id;

    /// <returns>The case id and its open call task's id.</returns>
    public async Task<(Guid CaseId, Guid TaskId)> ReadyToScheduleAsync()
    {
        var caseId = await new IntakeFlow(system).MajorMedicalReadyAsync(
            "premera", $"PRMLOAD{Random.Shared.Next(100_000_000, 999_999_999)}", "Ravi", "Okafor", new DateOnly(1979, 5, 2), Principals.Patient2);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        await VerificationProbe.WaitForAsync(frontDesk, caseId, VerificationProbe.Status("Verified"));
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        var status = "";
        await WaitAsync(async () =>
        {
            status = (await patient.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}")).GetProperty("status").GetString()!;
            return status is "AwaitingSignature" or "ReadyToSchedule";
        }, () => $"the intake case to await the signature (it is {status})");
        // A patient who signed this version of the paperwork for an earlier case goes straight to ready to schedule (R8).
        if (status == "AwaitingSignature")
        {
            var version = (await patient.GetFromJsonAsync<JsonElement>("/api/intake/paperwork")).GetProperty("version").GetInt32();
            using var signed = await patient.PostAsJsonAsync($"/api/intake/cases/{caseId}/signatures", new { typedName = "Ravi Okafor", documentVersion = version });
            Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        }

        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        Guid? taskId = null;
        await WaitAsync(async () =>
        {
            var tasks = await phone.GetFromJsonAsync<JsonElement>("/api/scheduling/call-tasks");
            taskId = tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId).Select(t => (Guid?)t.GetProperty("id").GetGuid()).FirstOrDefault();
            var overview = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/cases/{caseId}");
            return taskId is not null && overview.GetProperty("verified").GetBoolean() && overview.GetProperty("visitsPrescribed").GetInt32() == 12;
        }, () => "the call task and the verified case in Scheduling");
        return (caseId, taskId!.Value);
    }

    public async Task PutCardAsync()
    {
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        using var card = await phone.PutAsJsonAsync($"/api/scheduling/patients/{PatientId}/card",
            new { processorToken = "tok_visa_e2e" + Guid.NewGuid().ToString("N")[..12], brand = "visa", last4 = "4242", expiryMonth = 8, expiryYear = DateTime.UtcNow.Year + 3 });
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
    }

    /// <summary>
    /// The Tuesday of the week <paramref name="weeksAhead"/> weeks from now, at a clinic-local time, as an instant. Each test
    /// class books in its own week: patient 2's bookings of one test never meet another's.
    /// </summary>
    public static DateTimeOffset Tuesday(int weeksAhead, int hour, int minute = 0)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Olympia).DateTime).AddDays(7 * weeksAhead);
        while (date.DayOfWeek != DayOfWeek.Tuesday)
        {
            date = date.AddDays(1);
        }

        return Local(date, hour, minute);
    }

    public static DateTimeOffset Local(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Olympia.GetUtcOffset(local)).ToUniversalTime();
    }

    public static async Task<HttpResponseMessage> BookAsync(HttpClient client, DateTimeOffset start, Guid therapistId, Guid? caseId, params string[] services) =>
        await client.PostAsJsonAsync("/api/scheduling/bookings", new { patientId = PatientId, caseId, therapistId, start, services });

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task WaitAsync(Func<Task<bool>> done, Func<string> what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what()}.");
            await Task.Delay(250);
        }
    }
}
