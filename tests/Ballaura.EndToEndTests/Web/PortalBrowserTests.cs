using Ballaura.EndToEndTests.Security;
using Microsoft.Playwright;
using Xunit;

namespace Ballaura.EndToEndTests.Web;

/// <summary>The web client in a real browser: sign-in through the identity service, the portal through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class PortalBrowserTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_patient_signs_in_and_sees_their_case_with_what_is_missing_and_no_PHI_in_browser_storage()
    {
        await system.Principals.Patient1CaseAsync();
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;

        // The portal needs a sign-in: the browser is sent to the identity service's page (through the gateway).
        await page.GotoAsync(new Uri(system.WebAddress, "/portal").ToString());
        await page.WaitForSelectorAsync("input[name=email]");
        await browser.ScreenshotAsync("01-sign-in");
        await page.FillAsync("input[name=email]", "patient1@ballaura.test");
        await page.FillAsync("input[name=password]", BallauraAppFixture.SeedPassword);
        await page.ClickAsync("button[type=submit]");

        try
        {
            await page.WaitForURLAsync(url => url.StartsWith(new Uri(system.WebAddress, "/portal").ToString(), StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            await browser.ScreenshotAsync("failed-sign-in");
            Assert.Fail($"Not back on the portal after signing in: at {page.Url}: {await page.InnerTextAsync("body")}\n"
                + string.Join("\n", system.LogLines.Where(l => l.Contains("web", StringComparison.OrdinalIgnoreCase) || l.Contains("identity", StringComparison.OrdinalIgnoreCase)).TakeLast(30)));
        }
        await page.GetByRole(AriaRole.Heading, new() { Name = "My insurance cases" }).WaitForAsync();
        var cases = page.Locator("section.case");
        Assert.True(await cases.CountAsync() >= 1);
        Assert.Contains("Next step:", await cases.First.InnerTextAsync());
        Assert.Contains("Signed in as", await page.Locator("header").InnerTextAsync());
        await browser.ScreenshotAsync("02-portal-cases");

        // Tokens stay with the framework on the server: nothing in the browser's storage, the session cookie is HttpOnly.
        Assert.Equal("{}", await page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, window.localStorage, window.sessionStorage))"));
        var cookies = await page.Context.CookiesAsync([system.WebAddress.ToString()]);
        Assert.All(cookies.Where(c => c.Name.StartsWith("ballaura.web", StringComparison.Ordinal)), c => Assert.True(c.HttpOnly));
        Assert.DoesNotContain("access_token", await page.ContentAsync());
    }

    [Fact]
    public async Task On_a_phone_screen_the_start_page_reads_without_scrolling_sideways()
    {
        await using var browser = await BrowserSession.OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        await browser.Page.GotoAsync(system.WebAddress.ToString());
        await browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        Assert.True(await browser.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Contains("call us", await browser.Page.InnerTextAsync("main"));
        await browser.ScreenshotAsync("03-start-phone");
    }
}
