using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Scheduling;

/// <summary>
/// The phone system's screen pop through the gateway: Scheduling asks Intake (with its own service token) who owns the
/// calling number, and adds each case's visits, the next appointment and the open call task.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CallerLookupTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task A_call_from_the_patients_number_pops_up_their_cases_visits_and_open_call_task()
    {
        var (caseId, taskId) = await _flow.ReadyToScheduleAsync();
        var number = $"360555{Random.Shared.Next(1000, 9999)}";
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        // The patient gives their number with a new case (here an L&I claim), typed their own way.
        using var opened = await patient.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ravi", lastName = "Okafor", birthDate = "1979-05-02", coverageType = "WorkersCompensation",
            phone = $"({number[..3]}) {number[3..6]}-{number[6..]}",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);

        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var callers = await phone.GetFromJsonAsync<JsonElement>($"/api/scheduling/callers/+1{number}");
        var caller = Assert.Single(callers.EnumerateArray());
        Assert.Equal(PatientId, caller.GetProperty("patientId").GetGuid());
        Assert.Equal("Okafor", caller.GetProperty("lastName").GetString());
        var ready = caller.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("ReadyToSchedule", ready.GetProperty("intakeStatus").GetString());
        Assert.StartsWith("visit 1 of 12 next", ready.GetProperty("scheduling").GetProperty("visits").GetString());
        Assert.Contains(caller.GetProperty("openCallTasks").EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);

        var nobody = await phone.GetFromJsonAsync<JsonElement>("/api/scheduling/callers/2065550000");
        Assert.Equal(0, nobody.GetArrayLength());
        using var tooShort = await phone.GetAsync("/api/scheduling/callers/555-0142");
        Assert.True((await ProblemAsync(tooShort, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("phone", out _));

        // Only Scheduling (a service) asks Intake directly; the phone system itself cannot.
        using var direct = await phone.GetAsync($"/api/intake/callers/{number}");
        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
    }
}
