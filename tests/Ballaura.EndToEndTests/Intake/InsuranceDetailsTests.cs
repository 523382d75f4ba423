using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Intake;

/// <summary>What intake collects per coverage type (R1–R3, R21) and the list of what is still missing, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class InsuranceDetailsTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_new_major_medical_case_lists_everything_still_missing_and_the_next_step()
    {
        var (caseId, created) = await OpenAsync("MajorMedical", "premera");

        Assert.Equal("AwaitingDocuments", created.GetProperty("status").GetString());
        Assert.Equal(["member-id", "card-front", "card-back", "prescription", "signed-paperwork"], Codes(created));
        Assert.Contains("member id", created.GetProperty("nextStep").GetString());

        var updated = await PutAsync(caseId, new { memberId = "prm100200300", groupNumber = "GRP-7700" });
        Assert.Equal(["card-front", "card-back", "prescription", "signed-paperwork"], Codes(updated));
        Assert.Equal("PRM100200300", updated.GetProperty("details").GetProperty("memberId").GetString());
    }

    [Fact]
    public async Task An_L_and_I_claim_number_must_have_the_L_and_I_shape()
    {
        var (caseId, _) = await OpenAsync("WorkersCompensation");

        var problem = await PutExpectingAsync(caseId, new { claimNumber = "12345" }, HttpStatusCode.BadRequest);
        Assert.Contains("A123456", problem.GetProperty("errors").GetProperty("claimNumber")[0].GetString());

        var accepted = await PutAsync(caseId, new
        {
            claimNumber = "ab12345", dateOfInjury = "2026-10-02", injuryReportApplicable = true,
            adjuster = new { name = "Pat O'Neil", phone = "(360) 555-0142" }, employer = "Capitol Lumber Co.",
        });
        Assert.Equal(["injury-report", "prescription", "signed-paperwork"], Codes(accepted));
        Assert.Equal("AB12345", accepted.GetProperty("details").GetProperty("claimNumber").GetString());
        // The employer is the L&I claim's subscriber on the 837P (R1).
        Assert.Equal("Capitol Lumber Co.", accepted.GetProperty("details").GetProperty("employer").GetString());
        var noScript = await PutExpectingAsync(caseId, new { claimNumber = "AB12345", employer = "<script>alert(1)</script>" }, HttpStatusCode.BadRequest);
        Assert.True(noScript.GetProperty("errors").TryGetProperty("employer", out _));
    }

    [Fact]
    public async Task Fields_of_another_coverage_type_a_future_injury_and_an_adjuster_without_contact_are_each_named()
    {
        var (caseId, _) = await OpenAsync("WorkersCompensation");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var problem = await PutExpectingAsync(caseId, new
        {
            memberId = "X1", stateOfInjury = "WA", dateOfInjury = tomorrow, adjuster = new { name = "Pat" },
        }, HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Contains("major medical", errors.GetProperty("memberId")[0].GetString());
        Assert.Contains("PIP", errors.GetProperty("stateOfInjury")[0].GetString());
        Assert.Contains("future", errors.GetProperty("dateOfInjury")[0].GetString());
        Assert.Contains("phone number or an e-mail", errors.GetProperty("adjuster")[0].GetString());
    }

    [Fact]
    public async Task A_PIP_claim_needs_the_state_of_injury_and_a_claim_on_another_driver_s_policy_refuses_the_case_R21()
    {
        var (caseId, created) = await OpenAsync("PersonalInjuryProtection");
        Assert.Contains("state-of-injury", Codes(created));

        var badState = await PutExpectingAsync(caseId, new { stateOfInjury = "XX" }, HttpStatusCode.BadRequest);
        Assert.True(badState.GetProperty("errors").TryGetProperty("stateOfInjury", out _));

        var refused = await PutExpectingAsync(caseId, new { claimNumber = "PIP-7781", stateOfInjury = "wa", claimOnOwnPolicy = false }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("R21", refused.GetProperty("detail").GetString());

        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var afterwards = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Equal("Refused", afterwards.GetProperty("status").GetString());
        Assert.Contains("R21", afterwards.GetProperty("nextStep").GetString());
        await PutExpectingAsync(caseId, new { claimNumber = "PIP-7781", claimOnOwnPolicy = true }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_closed_case_takes_no_more_changes_and_stays_in_the_patient_s_list()
    {
        var (caseId, created) = await OpenAsync("WorkersCompensation");
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var noReason = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/close", new { });
        using var closed = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/close", new { reason = "Treatment finished." });
        using var twice = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/close", new { reason = "Again." });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        await PutExpectingAsync(caseId, new { claimNumber = "A123456" }, HttpStatusCode.Conflict);
        var patientId = created.GetProperty("patientId").GetGuid();
        var cases = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/patients/{patientId}/cases");
        Assert.Equal("Closed", Assert.Single(cases.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_patient_lists_their_own_cases_and_nobody_else_s()
    {
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        var stranger = await system.Principals.ClientAsync(Principals.Patient2);
        var own = await system.Principals.Patient1CaseAsync();

        var cases = await patient.GetFromJsonAsync<JsonElement>($"/api/intake/patients/{Principals.Patient1Id}/cases");
        using var hidden = await stranger.GetAsync($"/api/intake/patients/{Principals.Patient1Id}/cases");

        Assert.Contains(cases.EnumerateArray(), c => c.GetProperty("id").GetGuid() == own);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Robert'); DROP TABLE Cases;--")]
    public async Task Markup_and_SQL_in_a_name_are_refused_by_field(string firstName)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var response = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName, lastName = "Tables", birthDate = "1980-01-01", coverageType = "WorkersCompensation",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("firstName", out _));
    }

    [Fact]
    public async Task Contact_details_are_checked_and_the_preferred_channel_needs_its_address()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var response = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ann", lastName = "Lee", birthDate = "1980-01-01", coverageType = "WorkersCompensation",
            phone = "12", preferredContact = "Email", address = new { line1 = "1 Main St", city = "Olympia", state = "ZZ", postalCode = "985" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "phone", "email", "address.state", "address.postalCode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}");
        }
    }

    private static string[] Codes(JsonElement insuranceCase) =>
        [.. insuranceCase.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];

    private async Task<(Guid CaseId, JsonElement Case)> OpenAsync(string coverageType, string? payerId = null)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var created = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Mara", lastName = "Quinn", birthDate = "1990-06-01", coverageType, payerId,
            phone = "360-555-0100", email = "mara.quinn@example.test", preferredContact = "Sms",
            address = new { line1 = "12 Capitol Way", city = "Olympia", state = "wa", postalCode = "98501" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body);
    }

    private async Task<JsonElement> PutAsync(Guid caseId, object body) => await PutExpectingAsync(caseId, body, HttpStatusCode.OK);

    private async Task<JsonElement> PutExpectingAsync(Guid caseId, object body, HttpStatusCode expected)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var response = await frontDesk.PutAsJsonAsync($"/api/intake/cases/{caseId}/insurance", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
