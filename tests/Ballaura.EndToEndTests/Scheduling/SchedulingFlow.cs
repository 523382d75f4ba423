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
    /// <param name="memberPrefix">PRMLOAD: a Premera member with the deductible to meet; PRMMET: one who met it.</param>
    public async Task<(Guid CaseId, Guid TaskId)> ReadyToScheduleAsync(string memberPrefix = "PRMLOAD")
    {
        var caseId = await new IntakeFlow(system).MajorMedicalReadyAsync(
            "premera", $"{memberPrefix}{Random.Shared.Next(100_000_000, 999_999_999)}", "Ravi", "Okafor", new DateOnly(1979, 5, 2), Principals.Patient2);
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

    /// <summary>A therapist hired for the test who works around the clock: a visit in the next hours exists whatever time the suite runs.</summary>
    public async Task<Guid> HireNightOwlAsync()
    {
        var admin = await system.Principals.ClientAsync(Principals.Admin);
        var allDay = Enum.GetValues<DayOfWeek>().Select(day => new { day, start = "00:00:00", end = "23:45:00" });
        using var hired = await admin.PostAsJsonAsync("/api/scheduling/therapists", new { name = "Noor Night-Owl, LMT", npi = "1345672046", hours = allDay });
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);
        return (await hired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// The therapist's first start after <paramref name="notBefore"/> that is free for them, a room and the patient
    /// (searched with the patient's own token, which leaves out the patient's own bookings), over three days.
    /// </summary>
    public async Task<DateTimeOffset> FirstFreeAsync(Guid therapistId, DateTimeOffset notBefore, string[] services, string patientPrincipal = Principals.Patient2)
    {
        var patient = await system.Principals.ClientAsync(patientPrincipal);
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notBefore, Olympia).DateTime);
        var days = await patient.GetFromJsonAsync<JsonElement>(
            $"/api/scheduling/availability?from={from:yyyy-MM-dd}&to={from.AddDays(2):yyyy-MM-dd}&services={string.Join(',', services)}&therapistId={therapistId}");
        return days.EnumerateArray().SelectMany(d => d.GetProperty("starts").EnumerateArray()).Select(s => s.GetDateTimeOffset())
            .First(s => s > notBefore);
    }

    /// <summary>Money and other decimals travel on the bus as exact strings.</summary>
    public static decimal Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDecimal();

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, DateTimeOffset start, Guid therapistId, Guid? caseId, params string[] services) =>
        BookForAsync(client, PatientId, start, therapistId, caseId, services);

    public static async Task<HttpResponseMessage> BookForAsync(HttpClient client, Guid patientId, DateTimeOffset start, Guid therapistId, Guid? caseId, params string[] services) =>
        await client.PostAsJsonAsync("/api/scheduling/bookings", new { patientId, caseId, therapistId, start, services });

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
