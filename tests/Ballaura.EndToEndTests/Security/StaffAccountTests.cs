using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Ballaura.EndToEndTests.Security.Principals;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Admins invite staff and change their roles; front desk links a patient's account to the record the clinic already had.</summary>
[Collection(SystemCollection.Name)]
public sealed class StaffAccountTests(BallauraAppFixture system)
{
    [Fact]
    public async Task An_invited_therapist_sets_a_password_from_the_e_mail_and_a_role_change_shows_at_the_next_refresh()
    {
        var admin = await system.Principals.ClientAsync(Admin);
        var email = $"therapist-{Guid.NewGuid():N}@ballaura.test";

        using var invited = await admin.PostAsJsonAsync("/api/identity/staff", new { email, displayName = "Tom Therapist", roles = new[] { "therapist" } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var userId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var link = Mail.LinkIn(await Mail.ToAsync(system, email, "You are invited to Ballaura"));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using (var chosen = await system.Gateway.PostAsJsonAsync("/api/identity/password-resets", new { userId = query["userId"], token = query["token"], newPassword = "therapist passphrase 1" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        }

        var tokens = await system.Principals.Tokens.SignInAsync(email, "therapist passphrase 1");
        Assert.Equal("therapist", Jwt.Claims(tokens.GetProperty("access_token").GetString()!).GetProperty("role").GetString());

        using (var changed = await admin.PutAsJsonAsync($"/api/identity/staff/{userId}/roles", new { roles = new[] { "front-desk" } }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        using var refreshed = await system.Principals.Tokens.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        Assert.Equal("front-desk", Jwt.Claims(access).GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_invitation_with_an_unknown_role_or_a_taken_address_is_refused()
    {
        var admin = await system.Principals.ClientAsync(Admin);

        using var badRole = await admin.PostAsJsonAsync("/api/identity/staff", new { email = $"x-{Guid.NewGuid():N}@ballaura.test", displayName = "X", roles = new[] { "patient" } });
        using var taken = await admin.PostAsJsonAsync("/api/identity/staff", new { email = "billing@ballaura.test", displayName = "Again", roles = new[] { "billing" } });

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.True((await badRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
    }

    [Fact]
    public async Task Front_desk_links_a_new_account_to_the_patient_record_opened_on_the_phone()
    {
        var frontDesk = await system.Principals.ClientAsync(FrontDesk);
        using var opened = await frontDesk.PostAsJsonAsync("/api/intake/cases", new { firstName = "Lena", lastName = "Marsh", birthDate = "1979-02-02", coverageType = "MajorMedical", payerId = "premera" });
        var insuranceCase = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var patientId = insuranceCase.GetProperty("patientId").GetGuid();
        var caseId = insuranceCase.GetProperty("id").GetGuid();

        var email = $"lena-{Guid.NewGuid():N}@example.test";
        using (await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email, password = "lena's long password", displayName = "Lena Marsh" }))
        using (await system.Gateway.GetAsync(Mail.LinkIn(await Mail.ToAsync(system, email, "Confirm your e-mail address")).PathAndQuery))
        {
        }

        var before = await system.Principals.Tokens.SignInAsync(email, "lena's long password");
        var userId = Jwt.Claims(before.GetProperty("access_token").GetString()!).GetProperty("sub").GetString()!;
        using (var linked = await frontDesk.PutAsJsonAsync($"/api/identity/accounts/{userId}/patient", new { patientId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        }

        var after = await system.Principals.Tokens.SignInAsync(email, "lena's long password");
        var access = after.GetProperty("access_token").GetString()!;
        Assert.Equal(patientId.ToString(), Jwt.Claims(access).GetProperty("patient_id").GetString());
        using var portal = new HttpClient { BaseAddress = system.GatewayAddress };
        portal.DefaultRequestHeaders.Authorization = new("Bearer", access);
        using var ownCase = await portal.GetAsync($"/api/intake/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, ownCase.StatusCode);

        await AuditTrail.WaitForAsync(system, patientId, e => e.GetProperty("resource").GetString() == "patient-account-link");
    }
}
