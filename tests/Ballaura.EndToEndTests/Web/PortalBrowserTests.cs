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
    public async Task A_patient_reads_the_verified_benefits_and_the_estimate_of_a_visit_in_plain_words()
    {
        // Patient 2's Premera plan: the deductible met, 20 % co-insurance, 20 massage visits a year (the payer sandbox's 271).
        var (caseId, _) = await new Scheduling.SchedulingFlow(system).ReadyToScheduleAsync("PRMMET");
        await using var browser = await BrowserSession.OpenAsync();
        await SignInAsync(browser, "/portal", "patient2@ballaura.test");

        var section = await browser.Page.Locator($"section.case[aria-labelledby='case-{caseId}']").InnerTextAsync();
        Assert.Contains("Deductible: met for this plan year.", section);
        Assert.Contains("After the deductible you pay 20 % of each visit (co-insurance)", section);
        Assert.Contains("Massage visits left this plan year: 20 of 20.", section);
        // The estimate is Eligibility's, on the allowed amount (R18): 20 % of $144.00.
        Assert.Contains("you pay about $28.80, your plan about $115.20", section);
        await browser.ScreenshotAsync("09-portal-benefits-and-estimate");
        await browser.AssertAccessibleAsync();
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

    private Task SignInAsync(BrowserSession browser, string path, string email = "patient1@ballaura.test") =>
        browser.SignInAsync(system.WebAddress, path, email);
}
