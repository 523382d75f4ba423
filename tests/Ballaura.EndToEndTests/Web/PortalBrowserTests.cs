using System.Net.Http.Json;
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
        await SignInAsync(browser, "/portal");
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
    public async Task A_patient_opens_a_PIP_case_gives_exactly_the_PIP_details_sees_what_is_missing_and_signs()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await SignInAsync(browser, "/portal/cases/new");

        await page.GetByLabel("Auto accident (PIP on your own policy)").CheckAsync();
        await page.GetByLabel("First name").FillAsync("Dana");
        await page.GetByLabel("Last name").FillAsync("Whitfield");
        await page.GetByLabel("Date of birth").FillAsync("1984-03-17");
        await page.GetByLabel("Mobile phone").FillAsync("(360) 555-0142");
        await page.GetByLabel("E-mail").FillAsync("dana.whitfield@example.test");
        await browser.ScreenshotAsync("04-new-case");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Exactly the PIP fields (R2, R21): no member id, no employer.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your auto accident (PIP) details" }).WaitForAsync();
        var caseId = new Uri(page.Url).Segments[^2].TrimEnd('/');
        Assert.Equal(0, await page.GetByLabel("Member id (on your insurance card)").CountAsync());
        Assert.Equal(0, await page.GetByLabel("The employer you were injured working for").CountAsync());
        await page.GetByLabel("Your auto insurance PIP claim number").FillAsync("PIP-2026-0042");
        await page.GetByLabel("Date of the accident").FillAsync("2026-11-20");
        await page.GetByLabel("State where the accident happened (e.g. WA)").FillAsync("XX");
        await page.GetByLabel("The PIP claim is on my own auto policy (not the other driver's)").CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pat O'Neil");
        await page.GetByLabel("Phone", new() { Exact = true }).FillAsync("(360) 555-0199");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // A refusal is explained next to the field, in words.
        await page.Locator("#stateOfInjury-error").WaitForAsync();
        Assert.Contains("two-letter US state", await page.Locator("#stateOfInjury-error").InnerTextAsync());
        await browser.ScreenshotAsync("05-pip-details-refused");
        await page.GetByLabel("State where the accident happened (e.g. WA)").FillAsync("WA");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pat O'Neil");
        await page.GetByLabel("Phone", new() { Exact = true }).FillAsync("(360) 555-0199");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "My insurance cases" }).WaitForAsync();
        var pip = page.Locator("section.case", new() { HasText = "Auto accident (PIP)" }).First;
        var text = await pip.InnerTextAsync();
        Assert.Contains("A prescription from your doctor or chiropractor", text);
        Assert.DoesNotContain("PIP claim number", text);
        await browser.ScreenshotAsync("06-portal-pip-missing");

        // The portal offers the paperwork while this version is unsigned; a patient who signed it for an earlier case may sign
        // again for this one (R8: one signature per version holds for all their cases).
        await page.GotoAsync(new Uri(system.WebAddress, $"/portal/cases/{caseId}/sign").ToString());
        await page.GetByLabel("Type your full name to sign").FillAsync("Dana Whitfield");
        await browser.ScreenshotAsync("07-sign");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the paperwork" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "My insurance cases" }).WaitForAsync();
        Assert.DoesNotContain("Your signature on the clinic's insurance paperwork",
            await page.Locator("section.case", new() { HasText = "Auto accident (PIP)" }).First.InnerTextAsync());
    }

    [Fact]
    public async Task A_patient_sees_the_call_us_rule_for_insurance_visits_their_balance_and_turns_texts_off()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await SignInAsync(browser, "/portal/visits");

        await page.GetByRole(AriaRole.Heading, new() { Name = "My visits" }).WaitForAsync();
        Assert.Contains("To book or change an insurance visit, please call us", await page.InnerTextAsync("main"));
        Assert.Contains("Balance:", await page.InnerTextAsync("main"));
        await browser.ScreenshotAsync("08-visits-and-account");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contact preferences" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "How we contact you" }).WaitForAsync();
        await page.GetByLabel("No text messages at all (the same as replying STOP)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        await page.ReloadAsync();
        Assert.True(await page.GetByLabel("No text messages at all (the same as replying STOP)").IsCheckedAsync());
        await browser.ScreenshotAsync("09-preferences");
    }

    [Fact]
    public async Task The_front_desk_stops_and_restarts_taking_new_clients_for_a_payer()
    {
        await using var browser = await BrowserSession.OpenAsync();
        var page = browser.Page;
        await SignInAsync(browser, "/staff/payers", "frontdesk@ballaura.test");
        var aetna = page.Locator("tr", new() { HasText = "Aetna" });

        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Stop taking new clients for Aetna" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start taking new clients for Aetna" }).WaitForAsync();
            Assert.Equal("no", (await aetna.Locator(".state").InnerTextAsync()).Trim());
            await browser.ScreenshotAsync("10-staff-payers");
        }
        finally
        {
            // Other tests open Aetna cases: the switch goes back on whatever happened above.
            var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
            using var _ = await frontDesk.PutAsJsonAsync("/api/intake/payers/aetna/taking-new-clients", new { value = true });
        }
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

    /// <summary>Opens <paramref name="path"/>, is sent to the identity service's sign-in page, signs in (patient 1 by default) and comes back.</summary>
    private async Task SignInAsync(BrowserSession browser, string path, string email = "patient1@ballaura.test")
    {
        var page = browser.Page;
        await page.GotoAsync(new Uri(system.WebAddress, path).ToString());
        await page.WaitForSelectorAsync("input[name=email]");
        await browser.ScreenshotAsync("01-sign-in");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", BallauraAppFixture.SeedPassword);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => url.StartsWith(new Uri(system.WebAddress, path).ToString(), StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            await browser.ScreenshotAsync("failed-sign-in");
            Assert.Fail($"Not back on {path} after signing in: at {page.Url}: {await page.InnerTextAsync("body")}");
        }
    }
}
