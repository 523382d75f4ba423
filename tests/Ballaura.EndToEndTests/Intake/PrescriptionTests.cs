using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Intake;

/// <summary>Prescriptions (R4) recorded by front desk through the gateway: the only way a diagnosis reaches a case.</summary>
[Collection(SystemCollection.Name)]
public sealed class PrescriptionTests(BallauraAppFixture system)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_valid_prescription_is_recorded_with_its_codes_in_stored_form_and_leaves_the_missing_list()
    {
        var caseId = await OpenAsync();
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var created = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/prescriptions", new
        {
            prescriberName = "Dr. Ana Reyes", prescriberRole = "Doctor", prescriberNpi = "1234567893",
            diagnosisCodes = new[] { "S134XXD", "m54.2" }, visitsPrescribed = 12, visitsPerWeek = 2, prescribedOn = Today,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var prescription = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["S13.4XXD", "M54.2"], prescription.GetProperty("diagnosisCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(prescription.GetProperty("warnings").EnumerateArray());
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.DoesNotContain(insuranceCase.GetProperty("missing").EnumerateArray(), m => m.GetProperty("code").GetString() == "prescription");
    }

    [Fact]
    public async Task A_wrong_NPI_a_misplaced_dot_an_expired_date_and_too_many_visits_a_week_are_each_named()
    {
        var caseId = await OpenAsync();
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var refused = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/prescriptions", new
        {
            prescriberName = "Dr. Ana Reyes", prescriberRole = "Nurse", prescriberNpi = "1234567890",
            diagnosisCodes = new[] { "M54.2", "S1.34XXA" }, visitsPrescribed = 12, visitsPerWeek = 9, prescribedOn = "2026-01-02", expiresOn = "2026-02-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "prescriberRole", "prescriberNpi", "diagnosisCodes[1]", "visitsPerWeek", "expiresOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}");
        }

        Assert.False(errors.TryGetProperty("diagnosisCodes[0]", out _));
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Contains(insuranceCase.GetProperty("missing").EnumerateArray(), m => m.GetProperty("code").GetString() == "prescription");
    }

    private async Task<Guid> OpenAsync()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var created = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ivy", lastName = "Stone", birthDate = "1975-07-07", coverageType = "WorkersCompensation",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
