using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Intake;

/// <summary>The payer directory and the "taking new insurance clients" switch (R3, R6), through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class PayerDirectoryTests(BallauraAppFixture system)
{
    [Fact]
    public async Task Everyone_signed_in_sees_the_clinic_s_payers()
    {
        var patient = await system.Principals.ClientAsync(Principals.Patient1);

        var payers = await patient.GetFromJsonAsync<JsonElement>("/api/intake/payers");

        var byId = payers.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("MajorMedical", byId["premera"].GetProperty("coverageType").GetString());
        Assert.True(byId["kaiser-hmo"].GetProperty("takingNewClients").GetBoolean());
        Assert.Equal("WorkersCompensation", byId["wa-lni"].GetProperty("coverageType").GetString());
        Assert.False(byId["regence"].GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task A_payer_the_clinic_does_not_accept_is_refused_with_the_reason_R6()
    {
        using var refused = await OpenAsync("regence");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("does not accept Regence", problem.GetProperty("detail").GetString());
        Assert.Equal("R6", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Front_desk_stops_taking_new_Aetna_clients_and_a_new_Aetna_case_is_refused_until_it_is_switched_back()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        try
        {
            using var off = await frontDesk.PutAsJsonAsync("/api/intake/payers/aetna/taking-new-clients", new { value = false });
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);

            using var refused = await OpenAsync("aetna");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("not taking new Aetna clients", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        finally
        {
            using var on = await frontDesk.PutAsJsonAsync("/api/intake/payers/aetna/taking-new-clients", new { value = true });
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        using var opened = await OpenAsync("aetna");
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
    }

    [Fact]
    public async Task Only_admins_change_whether_a_payer_is_accepted_at_all()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var refused = await frontDesk.PutAsJsonAsync("/api/intake/payers/regence/accepted", new { value = true });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_payer_the_clinic_starts_to_accept_once()
    {
        var admin = await system.Principals.ClientAsync(Principals.Admin);

        using var added = await admin.PostAsJsonAsync("/api/intake/payers", new { id = "molina", name = "Molina Healthcare", coverageType = "MajorMedical", clearinghouseId = "38333" });
        using var again = await admin.PostAsJsonAsync("/api/intake/payers", new { id = "molina", name = "Molina Healthcare", coverageType = "MajorMedical" });
        using var opened = await OpenAsync("molina");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
    }

    [Theory]
    [InlineData("premera", "WorkersCompensation", HttpStatusCode.UnprocessableEntity, "not a WorkersCompensation payer")]
    [InlineData("no-such-payer", "MajorMedical", HttpStatusCode.BadRequest, "not in the payer directory")]
    [InlineData(null, "MajorMedical", HttpStatusCode.BadRequest, "payer directory")]
    public async Task A_payer_that_does_not_fit_the_case_is_named(string? payerId, string coverageType, HttpStatusCode expected, string words)
    {
        using var response = await OpenAsync(payerId, coverageType);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(words, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> OpenAsync(string? payerId, string coverageType = "MajorMedical")
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        return await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Rosa", lastName = "Ortiz", birthDate = "1981-05-05", coverageType, payerId,
        });
    }
}
