using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Intake;

/// <summary>Several patients named in one read (the staff screens' schedule), staff only, every patient read audited.</summary>
[Collection(SystemCollection.Name)]
public sealed class PatientLookupTests(BallauraAppFixture system)
{
    [Fact]
    public async Task Staff_read_several_patients_at_once_in_the_order_asked_and_each_read_is_audited()
    {
        var billing = await system.Principals.ClientAsync(Principals.Billing);
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/api/intake/patients?id={Principals.Patient2Id}&id={Guid.NewGuid()}&id={Principals.Patient1Id}&id={Principals.Patient2Id}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await billing.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patients = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal([Principals.Patient2Id, Principals.Patient1Id], patients.Select(p => p.GetProperty("id").GetGuid()));
        Assert.All(patients, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("name").GetString())));
        foreach (var patientId in new[] { Principals.Patient1Id, Principals.Patient2Id })
        {
            await AuditTrail.WaitForAsync(system, patientId, e => e.GetProperty("traceId").GetString() == traceId.ToString()
                && e.GetProperty("resourceId").GetString() == patientId.ToString() && e.GetProperty("outcome").GetString() == "allowed");
        }
    }

    [Theory]
    [InlineData("", "at least one patient id")]
    [InlineData("?id=not-a-guid", "is not a patient id")]
    public async Task A_read_without_proper_ids_is_400_naming_the_id_field(string query, string rule)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var response = await frontDesk.GetAsync("/api/intake/patients" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(rule, problem.GetProperty("errors").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task More_than_a_hundred_ids_are_refused_and_a_patient_cannot_look_others_up()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        var many = string.Join("&", Enumerable.Range(0, 101).Select(_ => $"id={Guid.NewGuid()}"));

        using var tooMany = await frontDesk.GetAsync("/api/intake/patients?" + many);
        using var byPatient = await patient.GetAsync($"/api/intake/patients?id={Principals.Patient2Id}");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPatient.StatusCode);
    }
}
