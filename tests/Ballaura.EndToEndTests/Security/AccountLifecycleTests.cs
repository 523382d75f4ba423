using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Ballaura.EndToEndTests.Security;

/// <summary>A patient signs up, confirms the address from the e-mail, signs in, uses the portal and resets the password.</summary>
[Collection(SystemCollection.Name)]
public sealed class AccountLifecycleTests(BallauraAppFixture system)
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_new_patient_confirms_the_address_signs_in_and_sees_only_their_own_case()
    {
        var email = $"new-{Guid.NewGuid():N}@example.test";
        using var signUp = await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email, password = Password, displayName = "Mara Quinn" });
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);

        using (var browser = system.Principals.Tokens.NewBrowser())
        {
            using var early = await system.Principals.Tokens.SubmitLoginAsync(browser, new Uri("/account/login", UriKind.Relative), email, Password);
            Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
            Assert.Contains("confirm your e-mail", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var confirmLink = Mail.LinkIn(await Mail.ToAsync(system, email, "Confirm your e-mail address"));
        Assert.Equal(system.GatewayAddress.Authority, confirmLink.Authority);
        using (var confirmed = await system.Gateway.GetAsync(confirmLink.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var tokens = await system.Principals.Tokens.SignInAsync(email, Password);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var claims = Jwt.Claims(accessToken);
        Assert.Equal("patient", claims.GetProperty("role").GetString());
        var patientId = Guid.Parse(claims.GetProperty("patient_id").GetString()!);

        using var portal = new HttpClient { BaseAddress = system.GatewayAddress };
        portal.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var opened = await portal.PostAsJsonAsync("/api/intake/cases", new { firstName = "Mara", lastName = "Quinn", birthDate = "1990-06-01", coverageType = "WorkersCompensation" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var insuranceCase = await opened.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(patientId, insuranceCase.GetProperty("patientId").GetGuid());

        using var own = await portal.GetAsync($"/api/intake/cases/{insuranceCase.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var other = await portal.GetAsync($"/api/intake/cases/{await system.Principals.Patient1CaseAsync()}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Signing_up_twice_with_one_address_answers_the_same_and_tells_the_owner()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.test";
        using var first = await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email, password = Password, displayName = "First" });
        using var second = await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email, password = "another password!", displayName = "Second" });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await Mail.ToAsync(system, email, "Someone tried to create a Ballaura account");
    }

    [Fact]
    public async Task A_short_password_is_refused_naming_the_field()
    {
        using var response = await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email = $"short-{Guid.NewGuid():N}@example.test", password = "short", displayName = "Shorty" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("12", problem.GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_e_mailed_link_and_the_old_one_stops_working()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.test";
        using (var signUp = await system.Gateway.PostAsJsonAsync("/api/identity/accounts", new { email, password = Password, displayName = "Rosa Reset" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        }

        using (var confirmed = await system.Gateway.GetAsync(Mail.LinkIn(await Mail.ToAsync(system, email, "Confirm your e-mail address")).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        using (var unknown = await system.Gateway.PostAsJsonAsync("/api/identity/password-reset-requests", new { email = "nobody@example.test" }))
        using (var known = await system.Gateway.PostAsJsonAsync("/api/identity/password-reset-requests", new { email }))
        {
            Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        }

        var resetLink = Mail.LinkIn(await Mail.ToAsync(system, email, "Reset your Ballaura password"));
        var query = System.Web.HttpUtility.ParseQueryString(resetLink.Query);
        const string newPassword = "a brand new passphrase";
        using (var reset = await system.Gateway.PostAsJsonAsync("/api/identity/password-resets", new { userId = query["userId"], token = query["token"], newPassword }))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        using (var again = await system.Gateway.PostAsJsonAsync("/api/identity/password-resets", new { userId = query["userId"], token = query["token"], newPassword = "yet another passphrase" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        }

        using var browser = system.Principals.Tokens.NewBrowser();
        using var old = await system.Principals.Tokens.SubmitLoginAsync(browser, new Uri("/account/login", UriKind.Relative), email, Password);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        var tokens = await system.Principals.Tokens.SignInAsync(email, newPassword);
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token()
    {
        var tokens = await system.Principals.Tokens.SignInAsync("frontdesk@ballaura.test", BallauraAppFixture.SeedPassword);

        using var refreshed = await system.Principals.Tokens.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        Assert.Equal("front-desk", Jwt.Claims(access).GetProperty("role").GetString());
    }

}
