using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Scheduling;
using Ballaura.EndToEndTests.Security;
using Microsoft.Playwright;
using Xunit;

namespace Ballaura.EndToEndTests.Web;

/// <summary>
/// The staff console in real browsers after a phone booking: the front desk checks the patient in, the therapist records
/// the session and completes the visit, billing sends the claim and reads the payer's answers until it is paid, and the
/// ledger explains each amount; an admin reads who touched the case in the PHI audit log.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class StaffConsoleBrowserTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_visit_goes_from_check_in_to_a_paid_claim_through_the_staff_console_and_the_audit_log_shows_who_read_the_case()
    {
        var (caseId, bookingId, start) = await BookedVisitAsync();
        var frontDeskApi = await system.Principals.ClientAsync(Principals.FrontDesk);
        var patientName = (await frontDeskApi.GetFromJsonAsync<JsonElement>($"/api/intake/patients/{SchedulingFlow.PatientId}")).GetProperty("name").GetString()!;
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, SchedulingFlow.Olympia).DateTime);

        await using (var frontDesk = await BrowserSession.OpenAsync())
        {
            await frontDesk.SignInAsync(system.WebAddress, $"/staff/schedule?date={localDate:yyyy-MM-dd}", "frontdesk@ballaura.test");
            var time = TimeZoneInfo.ConvertTime(start, SchedulingFlow.Olympia).ToString("h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
            await frontDesk.Page.GetByRole(AriaRole.Button, new() { Name = $"Check in {patientName} at {time}" }).First.ClickAsync();
            await frontDesk.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{patientName} is checked in." }).WaitForAsync();
            Assert.Equal(1, await frontDesk.Page.Locator($"a[href='/staff/visits/{bookingId}']").CountAsync());
            await frontDesk.ScreenshotAsync("30-staff-schedule-checked-in");
            await frontDesk.AssertAccessibleAsync();
        }

        await using (var therapist = await BrowserSession.OpenAsync())
        {
            await therapist.SignInAsync(system.WebAddress, $"/staff/visits/{bookingId}", "therapist@ballaura.test");
            var page = therapist.Page;
            await page.GetByLabel("Trigger point therapy").FillAsync("25");
            await page.GetByLabel("Myofascial release").FillAsync("20");
            await page.GetByLabel("Swedish").FillAsync("75");
            await page.GetByLabel("Manage pain").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the session record" }).ClickAsync();
            // More minutes than booked are refused in words (R15); the right minutes are saved.
            await therapist.SeeAsync(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "more than the 60 minutes booked" }));
            await page.GetByLabel("Swedish").FillAsync("15");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the session record" }).ClickAsync();
            await therapist.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Session record saved." }));
            await therapist.ScreenshotAsync("31-therapist-session-record");
            await therapist.AssertAccessibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Complete the visit" }).ClickAsync();
            await therapist.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Visit completed" }));
        }

        var billingApi = await system.Principals.ClientAsync(Principals.Billing);
        var controlNumber = "";
        await SchedulingFlow.WaitAsync(async () =>
        {
            var claims = await billingApi.GetFromJsonAsync<JsonElement>($"/api/billing/claims?caseId={caseId}");
            controlNumber = claims.EnumerateArray().Where(c => c.GetProperty("bookingId").GetGuid() == bookingId).Select(c => c.GetProperty("controlNumber").GetString()).FirstOrDefault() ?? "";
            return controlNumber.Length > 0;
        }, () => "the completed visit's claim in Billing");

        await using (var billing = await BrowserSession.OpenAsync())
        {
            await billing.SignInAsync(system.WebAddress, "/staff/claims", "billing@ballaura.test");
            var page = billing.Page;
            var row = page.Locator("table", new() { HasText = "Claims, newest first" }).Locator("tr", new() { HasText = controlNumber });
            // 15 minutes of Swedish (97124) and 45 of trigger point and myofascial release (97140): 4 units by the 8-minute rule.
            Assert.Contains("97124 × 1, 97140 × 3", await row.InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Send waiting claims now" }).ClickAsync();
            await billing.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "sent in" }));

            // The payer sandbox answers with a 277CA after a second and the 835 after three.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(await row.InnerTextAsync()).Contains("Paid", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < deadline, $"The claim was not paid: {await row.InnerTextAsync()}");
                await Task.Delay(1000);
                await page.GetByRole(AriaRole.Button, new() { Name = "Read the clearinghouse mailbox now" }).ClickAsync();
                await page.Locator("p.saved[role=status]").WaitForAsync();
            }

            Assert.Contains("settled", await row.InnerTextAsync());
            Assert.Contains("835", await page.Locator("table", new() { HasText = "What happened" }).InnerTextAsync());
            await billing.ScreenshotAsync("32-billing-claims-paid");
            await billing.AssertAccessibleAsync();

            // An 835 from a payer's portal is posted from the same page; a file that is not one is refused in words.
            await page.GetByLabel("Post an 835 from a payer's portal (up to 128 MB)")
                .SetInputFilesAsync(new FilePayload { Name = "remittance.835", MimeType = "text/plain", Buffer = "not an 835"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Post the 835" }).ClickAsync();
            await billing.SeeAsync(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That file is not a readable 835" }));

            await row.GetByRole(AriaRole.Link, new() { Name = "account" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = $"Account: {patientName}" }).WaitForAsync();
            var ledger = await page.Locator("table", new() { HasText = "Ledger" }).InnerTextAsync();
            Assert.Contains("co-insurance", ledger);
            await billing.ScreenshotAsync("33-billing-patient-ledger");
            await billing.AssertAccessibleAsync();
        }

        await using (var admin = await BrowserSession.OpenAsync())
        {
            await admin.SignInAsync(system.WebAddress, $"/admin/audit?resource={caseId}", "admin@ballaura.test");
            var text = await admin.Page.InnerTextAsync("main");
            Assert.Contains("The chain is intact", text);
            Assert.Contains("front-desk", text);
            await admin.ScreenshotAsync("34-admin-audit-log");
            await admin.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task The_front_desk_attaches_a_fax_to_its_case_from_the_work_queue()
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        var frontDeskApi = await system.Principals.ClientAsync(Principals.FrontDesk);
        var fax = new ByteArrayContent("%PDF-1.4\n% faxed insurance card\n%%EOF\n"u8.ToArray());
        fax.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var received = await frontDeskApi.PostAsync("/api/intake/inbox?channel=fax&sender=360-539-0000", fax);
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var itemId = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var frontDesk = await BrowserSession.OpenAsync();
        await frontDesk.SignInAsync(system.WebAddress, "/staff/work", "frontdesk@ballaura.test");
        var page = frontDesk.Page;
        await page.Locator($"#case-{itemId}").FillAsync("not a case id");
        await page.Locator($"form:has(#case-{itemId}) button").ClickAsync();
        await frontDesk.SeeAsync(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Type the case id" }));

        await page.Locator($"#case-{itemId}").FillAsync(caseId.ToString());
        await page.Locator($"#kind-{itemId}").SelectOptionAsync("card-back");
        await page.Locator($"form:has(#case-{itemId}) button").ClickAsync();
        await frontDesk.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Attached to the case" }));
        Assert.Equal(0, await page.Locator($"#case-{itemId}").CountAsync());
        await frontDesk.ScreenshotAsync("16-staff-fax-attached");

        var insuranceCase = await frontDeskApi.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Contains(insuranceCase.GetProperty("documents").EnumerateArray(), d => d.GetProperty("channel").GetString() == "fax");
    }

    /// <summary>Patient 2's verified case booked by phone with a therapist who works around the clock, in the next hours.</summary>
    private async Task<(Guid CaseId, Guid BookingId, DateTimeOffset Start)> BookedVisitAsync()
    {
        var scheduling = new SchedulingFlow(system);
        var (caseId, _) = await scheduling.ReadyToScheduleAsync("PRMMET");
        await scheduling.PutCardAsync();
        // The claim names the patient's address (837P): patient 2 gives it with a case of their own.
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        using var address = await patient.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ravi", lastName = "Okafor", birthDate = "1979-05-02", coverageType = "WorkersCompensation",
            address = new { line1 = "42 Capitol Way S", city = "Olympia", state = "WA", postalCode = "98501" },
        });
        Assert.Equal(HttpStatusCode.Created, address.StatusCode);
        var nightOwl = await scheduling.HireNightOwlAsync();
        var start = await scheduling.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddMinutes(2), ["insurance-massage-60"]);
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        using var booked = await SchedulingFlow.BookAsync(phone, start, nightOwl, caseId, "insurance-massage-60");
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        return (caseId, (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), start);
    }
}
