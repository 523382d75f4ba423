using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Billing;

/// <summary>
/// A claim's whole road through the clearinghouse sandbox: the 837P goes out in a file, the 999 accepts it
/// (submitted), the payer's 277CA takes it in with its claim number (accepted), and the payer's 835 arrives in the
/// mailbox and is posted — allowed amount, contractual write-off, the patient's co-insurance — once.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ClaimSubmissionTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_claim_is_submitted_acknowledged_and_paid_through_the_clearinghouse()
    {
        // A Premera member whose deductible is met: the sandbox payer allows 80 % of $195 and leaves 20 % co-insurance.
        var (_, _, draft) = await new BillingFlow(system).CompletedInsuranceVisitAsync("PRMMET");
        var billing = await system.Principals.ClientAsync(Principals.Billing);
        var claimId = draft.GetProperty("id").GetGuid();
        Assert.Equal(("Draft", true), (draft.GetProperty("status").GetString(), draft.GetProperty("submissionPending").GetBoolean()));

        using var pass = await billing.PostAsync("/api/billing/claims/submissions", null);
        var passBody = await pass.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(pass.StatusCode == HttpStatusCode.OK, passBody.ToString());
        Assert.True(passBody.GetProperty("claimsSubmitted").GetInt32() >= 1, passBody.ToString());
        var submitted = await billing.GetFromJsonAsync<JsonElement>($"/api/billing/claims/{claimId}");
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        var batches = await billing.GetFromJsonAsync<JsonElement>("/api/billing/clearinghouse/batches");
        Assert.Contains(batches.EnumerateArray(), b => b.GetProperty("status").GetString() == "Accepted");

        // Nothing is pending any more: a second pass sends nothing again.
        var second = await (await billing.PostAsync("/api/billing/claims/submissions", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("filesSent").GetInt32());

        var accepted = await ClaimAfterMailboxAsync(billing, claimId, c => c.GetProperty("status").GetString() is "Accepted" or "Paid");
        Assert.StartsWith("PCN", accepted.GetProperty("payerClaimNumber").GetString());

        var paid = await ClaimAfterMailboxAsync(billing, claimId, c => c.GetProperty("status").GetString() == "Paid");
        Assert.Equal((124.80m, 31.20m, 39.00m, "settled"),
            (paid.GetProperty("paidTotal").GetDecimal(), paid.GetProperty("patientResponsibilityTotal").GetDecimal(), paid.GetProperty("writtenOffTotal").GetDecimal(),
             paid.GetProperty("reconciliation").GetString()));

        // Reading the mailbox again posts nothing twice.
        await billing.PostAsync("/api/billing/clearinghouse/mailbox", null);
        var again = await billing.GetFromJsonAsync<JsonElement>($"/api/billing/claims/{claimId}");
        Assert.Equal(124.80m, again.GetProperty("paidTotal").GetDecimal());
        Assert.True((await billing.GetFromJsonAsync<JsonElement>("/api/billing/ledger/check")).GetProperty("balanced").GetBoolean());

        // R20: the patient downloads a superbill of the year's insurance visits for a secondary plan.
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        using var superbill = await patient.GetAsync($"/api/billing/patients/{PatientId}/superbill?year={paid.GetProperty("dateOfService").GetString()![..4]}");
        Assert.Equal(HttpStatusCode.OK, superbill.StatusCode);
        Assert.Equal("application/pdf", superbill.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await superbill.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains(paid.GetProperty("therapistNpi").GetString()!, text);
        Assert.Contains("M54.2", text);
    }

    private static async Task<JsonElement> ClaimAfterMailboxAsync(HttpClient billing, Guid claimId, Func<JsonElement, bool> reached)
    {
        JsonElement claim = default;
        await WaitAsync(async () =>
        {
            using var read = await billing.PostAsync("/api/billing/clearinghouse/mailbox", null);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            claim = await billing.GetFromJsonAsync<JsonElement>($"/api/billing/claims/{claimId}");
            return reached(claim);
        }, () => $"the claim to move on from the mailbox (it is {claim})");
        return claim;
    }
}
