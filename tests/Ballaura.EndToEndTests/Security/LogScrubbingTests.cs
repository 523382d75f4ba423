using System.Net;
using System.Net.Http.Json;
using Xunit;
using static Ballaura.EndToEndTests.Security.Principals;

namespace Ballaura.EndToEndTests.Security;

/// <summary>What the processes write to their logs never holds patient data, passwords or tokens.</summary>
[Collection(SystemCollection.Name)]
public sealed class LogScrubbingTests(BallauraAppFixture system)
{
    [Fact]
    public async Task The_logs_of_every_process_hold_no_phi_passwords_or_tokens()
    {
        var frontDesk = await system.Principals.ClientAsync(FrontDesk);
        using (var opened = await frontDesk.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ottoline",
            lastName = "Vexworthy",
            birthDate = "1971-11-23",
            coverageType = "PersonalInjuryProtection",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        using (var refused = await frontDesk.PostAsJsonAsync("/api/intake/cases", new { firstName = "Ottoline", lastName = "Vexworthy", birthDate = "someday" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using (var browser = system.Principals.Tokens.NewBrowser())
        using (await system.Principals.Tokens.SubmitLoginAsync(browser, new Uri("/account/login", UriKind.Relative), "patient1@ballaura.test", "wrong password for Vexworthy"))
        {
        }

        var accessToken = (await system.Principals.AccessTokenAsync(FrontDesk))!;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var lines = system.LogLines.ToList();

        Assert.NotEmpty(lines);
        string[] secrets =
        [
            "Ottoline", "Vexworthy", "1971-11-23", "patient1@ballaura.test", "frontdesk@ballaura.test",
            BallauraAppFixture.SeedPassword, BallauraAppFixture.PhoneSystemSecret, "wrong password for",
            accessToken, accessToken.Split('.')[2], "eyJ",
        ];
        foreach (var secret in secrets)
        {
            var leak = lines.FirstOrDefault(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"A log line holds '{(secret.Length > 12 ? secret[..12] + "…" : secret)}': {leak?[..Math.Min(leak.Length, 300)]}");
        }
    }
}
