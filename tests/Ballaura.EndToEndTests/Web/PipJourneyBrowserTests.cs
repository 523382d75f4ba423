using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ballaura.EndToEndTests.Scheduling;
using Ballaura.EndToEndTests.Security;
using Microsoft.Playwright;
using Xunit;

namespace Ballaura.EndToEndTests.Web;

/// <summary>
/// The whole insurance journey in real browsers, through the gateway: a patient opens a PIP case, sends the prescription
/// and signs; the front desk checks the document, records the prescription, confirms the claim with the adjuster and books
/// the first visit during the call-back; the patient sees the appointment, and booking an insurance visit online is refused
/// with the call message (R11).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PipJourneyBrowserTests(BallauraAppFixture system)
{
    private const string Patient = "patient1@ballaura.test";
    private const string FrontDesk = "frontdesk@ballaura.test";

    private static readonly byte[] PrescriptionPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Prescription: medical massage, 12 visits, 2 a week.\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_patient_starts_a_PIP_case_staff_verify_and_book_it_by_phone_and_the_patient_sees_the_visit()
    {
        await using var patient = await BrowserSession.OpenAsync();
        await patient.SignInAsync(system.WebAddress, "/portal/cases/new", Patient);
        var caseId = await OpenPipCaseAsync(patient);
        await SendPrescriptionAsync(patient, caseId);
        await SignAsync(patient, caseId);

        await using var staff = await BrowserSession.OpenAsync();
        await staff.SignInAsync(system.WebAddress, "/staff/work", FrontDesk);
        await CheckDocumentAndRecordPrescriptionAsync(staff, caseId);
        await ConfirmClaimAsync(staff, caseId);
        var booked = await BookByPhoneAsync(staff, caseId);

        await patient.Page.GotoAsync(new Uri(system.WebAddress, "/portal/visits").ToString());
        var visits = await patient.Page.InnerTextAsync("main");
        Assert.Contains(booked, visits);
        Assert.Contains("visit 1 of 12", visits);
        await patient.ScreenshotAsync("20-patient-sees-the-booked-visit");

        await patient.Page.GotoAsync(new Uri(system.WebAddress, "/portal/book?service=insurance-massage-60").ToString());
        await patient.Page.Locator("button.slot").First.ClickAsync();
        var refusal = patient.Page.GetByRole(AriaRole.Alert);
        await refusal.WaitForAsync();
        Assert.Contains("call us at", await refusal.InnerTextAsync());
        await patient.ScreenshotAsync("21-online-insurance-booking-refused");
    }

    /// <summary>Exactly the PIP fields (R2, R21); a wrong state is explained next to its field.</summary>
    private static async Task<Guid> OpenPipCaseAsync(BrowserSession browser)
    {
        var page = browser.Page;
        await page.GetByLabel("Auto accident (PIP on your own policy)").CheckAsync();
        await page.GetByLabel("First name").FillAsync("Dana");
        await page.GetByLabel("Last name").FillAsync("Whitfield");
        await page.GetByLabel("Date of birth").FillAsync("1984-03-17");
        await page.GetByLabel("Mobile phone").FillAsync("(360) 555-0142");
        await page.GetByLabel("E-mail").FillAsync("dana.whitfield@example.test");
        await browser.ScreenshotAsync("04-new-case");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Your auto accident (PIP) details" }).WaitForAsync();
        var caseId = Guid.Parse(new Uri(page.Url).Segments[^2].TrimEnd('/'));
        Assert.Equal(0, await page.GetByLabel("Member id (on your insurance card)").CountAsync());
        Assert.Equal(0, await page.GetByLabel("The employer you were injured working for").CountAsync());
        await FillPipDetailsAsync(page, state: "XX");
        await page.Locator("#stateOfInjury-error").WaitForAsync();
        Assert.Contains("two-letter US state", await page.Locator("#stateOfInjury-error").InnerTextAsync());
        await browser.ScreenshotAsync("05-pip-details-refused");
        await FillPipDetailsAsync(page, state: "WA");

        await page.GetByRole(AriaRole.Heading, new() { Name = "My insurance cases" }).WaitForAsync();
        var text = await CaseSection(page, caseId).InnerTextAsync();
        Assert.Contains("A prescription from your doctor or chiropractor", text);
        Assert.DoesNotContain("PIP claim number", text);
        await browser.ScreenshotAsync("06-portal-pip-missing");
        return caseId;
    }

    private static async Task FillPipDetailsAsync(IPage page, string state)
    {
        await page.GetByLabel("Your auto insurance PIP claim number").FillAsync("PIP-2026-0042");
        await page.GetByLabel("Date of the accident").FillAsync("2026-11-20");
        await page.GetByLabel("State where the accident happened (e.g. WA)").FillAsync(state);
        await page.GetByLabel("The PIP claim is on my own auto policy (not the other driver's)").CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pat O'Neil");
        await page.GetByLabel("Phone", new() { Exact = true }).FillAsync("(360) 555-0199");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
    }

    /// <summary>From the case's link, with the upload's progress shown; the portal then says the prescription is being read.</summary>
    private async Task SendPrescriptionAsync(BrowserSession browser, Guid caseId)
    {
        var page = browser.Page;
        await CaseSection(page, caseId).GetByRole(AriaRole.Link, new() { Name = "Send your documents" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Send us your documents" }).WaitForAsync();
        Assert.Equal("prescription", await page.GetByLabel("What is it?").InputValueAsync());
        await page.GetByLabel("The document: a PDF, or a photo (JPEG, PNG or HEIC), up to 20 MB")
            .SetInputFilesAsync(new FilePayload { Name = "prescription.pdf", MimeType = "application/pdf", Buffer = PrescriptionPdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the document" }).ClickAsync();

        await page.GetByText("Thank you: we received your prescription").WaitForAsync();
        Assert.Contains("Prescription from your doctor or chiropractor — received", await page.InnerTextAsync("main"));
        await browser.ScreenshotAsync("07-document-sent");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync(new Uri(system.WebAddress, "/portal").ToString());
        Assert.Contains("received, the clinic is reading it", await CaseSection(page, caseId).InnerTextAsync());
    }

    /// <summary>R8: a patient who signed this version for an earlier case may sign again for this one.</summary>
    private async Task SignAsync(BrowserSession browser, Guid caseId)
    {
        var page = browser.Page;
        await page.GotoAsync(new Uri(system.WebAddress, $"/portal/cases/{caseId}/sign").ToString());
        await page.GetByLabel("Type your full name to sign").FillAsync("Dana Whitfield");
        await browser.ScreenshotAsync("08-sign");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the paperwork" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "My insurance cases" }).WaitForAsync();
        Assert.DoesNotContain("Your signature on the clinic's insurance paperwork", await CaseSection(page, caseId).InnerTextAsync());
    }

    private async Task CheckDocumentAndRecordPrescriptionAsync(BrowserSession browser, Guid caseId)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Heading, new() { Name = "Work waiting" }).WaitForAsync();
        await browser.ScreenshotAsync("10-staff-work-waiting");
        await browser.AssertAccessibleAsync();
        await page.Locator($"a[href='/staff/cases/{caseId}']").First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Record the prescription (R4)" }).WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark the prescription as checked" }).ClickAsync();
        await browser.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Marked as checked." }));

        await page.GetByLabel("Prescriber's name").FillAsync("Dr. Ana Reyes");
        await page.GetByLabel("Prescriber's NPI").FillAsync("1234567890");
        await page.GetByLabel("ICD-10 diagnosis codes, separated by commas").FillAsync("M54.2, XYZ");
        await page.GetByLabel("Visits prescribed").FillAsync("12");
        await page.GetByLabel("Visits per week").FillAsync("2");
        await page.GetByLabel("Written on").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the prescription" }).ClickAsync();
        // A wrong NPI check digit and a code that is not ICD-10 are refused next to their fields (R4); the right ones are recorded.
        await browser.SeeAsync(page.Locator("#prescriberNpi-error"));
        await browser.SeeAsync(page.Locator("#diagnosisCodes-error"));
        await browser.ScreenshotAsync("11-staff-prescription-refused");
        await page.GetByLabel("Prescriber's NPI").FillAsync("1234567893");
        await page.GetByLabel("ICD-10 diagnosis codes, separated by commas").FillAsync("M54.2, S13.4XXA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the prescription" }).ClickAsync();
        await browser.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Prescription recorded." }));
    }

    /// <summary>PIP waits on the review queue until staff confirm the claim with the adjuster (R21).</summary>
    private static async Task ConfirmClaimAsync(BrowserSession browser, Guid caseId)
    {
        var page = browser.Page;
        var form = page.GetByRole(AriaRole.Heading, new() { Name = "Confirm the claim by phone" });
        var url = page.Url;
        await EventuallyAsync(async () =>
        {
            await page.GotoAsync(url);
            return await form.CountAsync() == 1;
        }, "the PIP claim to wait for confirmation on the case screen", page);
        await browser.ScreenshotAsync("12-staff-confirm-claim");
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("The claim is open and accepted").CheckAsync();
        await page.GetByLabel("It is on the patient's own auto policy, not the other driver's (R21)").CheckAsync();
        await page.GetByLabel("Confirmed with (adjuster or claim manager)").FillAsync("Pat O'Neil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the answer" }).ClickAsync();
        await browser.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Answer recorded." }));
        Assert.Contains("Verification: Verified", await page.InnerTextAsync("main"));
    }

    /// <summary>The call-back task appears once the case is verified and signed; the front desk books from the grid.</summary>
    /// <returns>The booked visit's clinic-local start, as the pages write it.</returns>
    private async Task<string> BookByPhoneAsync(BrowserSession browser, Guid caseId)
    {
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        Guid? taskId = null;
        await SchedulingFlow.WaitAsync(async () =>
        {
            var tasks = await phone.GetFromJsonAsync<JsonElement>("/api/scheduling/call-tasks");
            taskId = tasks.EnumerateArray().Where(t => t.GetProperty("caseId").GetGuid() == caseId).Select(t => (Guid?)t.GetProperty("id").GetGuid()).FirstOrDefault();
            return taskId is not null;
        }, () => "the call-back task of the verified, signed case");

        var page = browser.Page;
        await page.GotoAsync(new Uri(system.WebAddress, "/staff/calls").ToString());
        await browser.ScreenshotAsync("13-staff-call-queue");
        await page.Locator($"a[href='/staff/calls/{taskId}']").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Find a time" }).WaitForAsync();
        Assert.Contains("visit 1 of 12 next", await page.InnerTextAsync("main"));

        if (await page.GetByLabel("Terminal token").CountAsync() == 1)
        {
            await page.GetByLabel("Terminal token").FillAsync("tok_visa_web" + Guid.NewGuid().ToString("N")[..12]);
            await page.GetByLabel("Last 4 digits").FillAsync("4242");
            await page.GetByLabel("Expires (MM/YYYY)").FillAsync($"08/{DateTime.UtcNow.Year + 3}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the card" }).ClickAsync();
            await browser.SeeAsync(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Card saved: visa ending 4242." }));
            Assert.Equal(0, await page.GetByLabel("Terminal token").CountAsync());
        }

        // A week ahead: patient 1's same-day web bookings in other tests never meet this insurance visit (R12).
        await page.GetByLabel("From").FillAsync(DateTime.UtcNow.AddDays(8).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show free times" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("from=", StringComparison.Ordinal));
        await browser.ScreenshotAsync("14-staff-booking-grid");
        await browser.AssertAccessibleAsync();
        await page.Locator("button.slot").First.ClickAsync();
        var booked = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Booked:" });
        await booked.WaitForAsync();
        var text = await booked.InnerTextAsync();
        Assert.Contains("visit 1 of 12", text);
        await browser.ScreenshotAsync("15-staff-booked");

        var open = await phone.GetFromJsonAsync<JsonElement>("/api/scheduling/call-tasks");
        Assert.DoesNotContain(open.EnumerateArray(), t => t.GetProperty("caseId").GetGuid() == caseId);
        return text["Booked: ".Length..text.IndexOf(" with ", StringComparison.Ordinal)];
    }

    private static ILocator CaseSection(IPage page, Guid caseId) => page.Locator($"section.case[aria-labelledby='case-{caseId}']");

    private static async Task EventuallyAsync(Func<Task<bool>> done, string what, IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "ballaura-timeout.png"), FullPage = true });
                Assert.Fail($"Timed out waiting for {what}. The page at {page.Url} says: {await page.EvaluateAsync<string>("document.body.innerText")}");
            }

            await Task.Delay(500);
        }
    }
}
