using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Scheduling;
using Ballaura.EndToEndTests.Security;
using Ballaura.X12;
using Ballaura.X12.Remittances;
using Ballaura.X12.Writing;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Billing;

/// <summary>
/// From a completed visit to money, through the broker: Scheduling's VisitCompleted and fee events reach Billing, which
/// drafts the claim (CPT by the 8-minute rule at the clinic's fees), charges the add-on and the late-cancellation fee to
/// the patient with the rule that allowed each, and keeps the ledger balanced.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VisitBillingTests(BallauraAppFixture system)
{
    private readonly SchedulingFlow _flow = new(system);

    [Fact]
    public async Task A_completed_insurance_visit_becomes_a_draft_claim_and_its_add_on_a_charge_to_the_patient()
    {
        var patient = await system.Principals.ClientAsync(Principals.Patient2);
        var billing = await system.Principals.ClientAsync(Principals.Billing);
        var before = await BalanceAsync(patient);

        // 15 minutes of 97124 and 45 of 97140: 60 timed minutes, 4 units — 1 × $45.00 and 3 × $50.00.
        var (_, _, claim) = await new BillingFlow(system).CompletedInsuranceVisitAsync("PRMLOAD", "cupping");
        Assert.Equal("Draft", claim.GetProperty("status").GetString());
        Assert.Equal([("97124", 1, 45.00m), ("97140", 3, 150.00m)],
            claim.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("units").GetInt32(), l.GetProperty("charge").GetDecimal())));
        Assert.Equal(195.00m, claim.GetProperty("totalCharge").GetDecimal());
        Assert.Equal("1345672046", claim.GetProperty("therapistNpi").GetString());
        Assert.Equal(1, claim.GetProperty("frequency").GetInt32());

        // The cupping add-on is the patient's, with its rule; the ledger balances to the cent.
        var statement = await WaitForBalanceAsync(patient, before + 30.00m);
        var addOn = statement.GetProperty("lines").EnumerateArray().Last(l => l.GetProperty("rule").GetString() == "R12 (non-insurance services)");
        Assert.Contains("Cupping add-on $30.00", addOn.GetProperty("explanation").GetString());
        var check = await billing.GetFromJsonAsync<JsonElement>("/api/billing/ledger/check");
        Assert.True(check.GetProperty("balanced").GetBoolean(), check.ToString());

        // The claim as an 837P: the insured from Intake (read by Billing with its own token), the prescription's diagnoses, the therapist.
        using var address = await patient.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Ravi", lastName = "Okafor", birthDate = "1979-05-02", coverageType = "WorkersCompensation",
            address = new { line1 = "42 Capitol Way S", city = "Olympia", state = "WA", postalCode = "98501" },
        });
        Assert.Equal(HttpStatusCode.Created, address.StatusCode);
        using var x12 = await billing.GetAsync($"/api/billing/claims/{claim.GetProperty("id").GetGuid()}/837");
        var claimFile = await x12.Content.ReadAsStringAsync();
        Assert.True(x12.StatusCode == HttpStatusCode.OK, claimFile);
        Assert.Equal("application/edi-x12", x12.Content.Headers.ContentType?.MediaType);
        Assert.Contains("NM1*IL*1*OKAFOR*RAVI****MI*PRMLOAD", claimFile);
        Assert.Contains("HI*ABK:M542~", claimFile);
        Assert.Contains("NM1*DN*1*REYES*ANA****XX*1234567893~", claimFile);
        Assert.Contains("NM1*82*1*NIGHT-OWL*NOOR****XX*1345672046~", claimFile);
        Assert.Contains("SV1*HC:97140*150*UN*3***1~", claimFile);

        // The payer's 835 for it, uploaded by billing staff: allowed $160 (CO-45 $35), deductible $40 (PR-1), paid $120.
        var controlNumber = claim.GetProperty("controlNumber").GetString()!;
        var remittance = new Remittance("I", 120m, "ACH", DateOnly.FromDateTime(DateTime.UtcNow), $"EFT{Guid.NewGuid():N}"[..20], "1430000000",
            "PREMERA BLUE CROSS", "00430",
            [new ClaimPayment(controlNumber, "1", 195m, 120m, 40m, "PRM-E2E", [],
            [
                new ServicePayment("97124", [], "97124", 45m, 25m, 1m, null, [new Adjustment("CO", "45", 10m, null), new Adjustment("PR", "1", 10m, null)]),
                new ServicePayment("97140", [], "97140", 150m, 95m, 3m, null, [new Adjustment("CO", "45", 25m, null), new Adjustment("PR", "1", 30m, null)]),
            ])], []);
        using var file = new StringWriter();
        Remittance835.Write(file, [remittance], new X12Envelope(new X12Party("ZZ", "PREMERA", ""), new X12Party("ZZ", "BALLAURA", ""), 42, DateTimeOffset.UtcNow, false));
        using var posted = await billing.PostAsync("/api/billing/remittances", new StringContent(file.ToString(), System.Text.Encoding.UTF8, "application/edi-x12"));
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        using var again = await billing.PostAsync("/api/billing/remittances", new StringContent(file.ToString(), System.Text.Encoding.UTF8, "application/edi-x12"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var paid = await billing.GetFromJsonAsync<JsonElement>($"/api/billing/claims/{claim.GetProperty("id").GetGuid()}");
        Assert.Equal(("Paid", 120m, 40m, "settled"),
            (paid.GetProperty("status").GetString(), paid.GetProperty("paidTotal").GetDecimal(), paid.GetProperty("patientResponsibilityTotal").GetDecimal(), paid.GetProperty("reconciliation").GetString()));
        // A rebill replaces the payer's claim: frequency 7 naming its number, counted (R19 waits for one).
        using var rebilled = await billing.PostAsync($"/api/billing/claims/{claim.GetProperty("id").GetGuid()}/rebill", null);
        var replacement = await rebilled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((7, 1), (replacement.GetProperty("frequency").GetInt32(), replacement.GetProperty("rebillCount").GetInt32()));
        var rebillFile = await billing.GetStringAsync($"/api/billing/claims/{claim.GetProperty("id").GetGuid()}/837");
        Assert.Contains(":B:7*Y*A*Y*Y~", rebillFile);
        Assert.Contains("REF*F8*PRM-E2E~", rebillFile);

        var afterRemittance = await WaitForBalanceAsync(patient, before + 70.00m);
        Assert.Contains("deductible $40.00", afterRemittance.GetProperty("lines").EnumerateArray().Last().GetProperty("explanation").GetString());
        Assert.True((await billing.GetFromJsonAsync<JsonElement>("/api/billing/ledger/check")).GetProperty("balanced").GetBoolean());

        // A pass of the card-on-file policy: the add-on is charged to the card at once; the $40 share waits (R19: more than 30 days old first).
        using var run = await billing.PostAsync("/api/billing/card-charges/runs", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var charges = await patient.GetFromJsonAsync<JsonElement>($"/api/billing/patients/{PatientId}/card-charges");
        Assert.Contains(charges.GetProperty("charges").EnumerateArray(), c => c.GetProperty("status").GetString() == "Approved" && c.GetProperty("amount").GetDecimal() == 30.00m);
        var waiting = charges.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("amount").GetDecimal() == 40.00m);
        Assert.Equal((false, "R19"), (waiting.GetProperty("due").GetBoolean(), waiting.GetProperty("rule").GetString()));
        var charged = await WaitForBalanceAsync(patient, before + 40.00m);
        Assert.Contains("card ending 4242", charged.GetProperty("lines").EnumerateArray().Last().GetProperty("explanation").GetString());

        // Another patient sees nothing of it.
        var stranger = await system.Principals.ClientAsync(Principals.Patient1);
        using var hidden = await stranger.GetAsync($"/api/billing/patients/{PatientId}/statement");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_late_cancellation_puts_the_fee_on_the_statement_with_its_rule()
    {
        var nightOwl = await _flow.HireNightOwlAsync();
        // Patient 1, whose web booking no insurance visit of the day can refuse (R12).
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        var before = await BalanceAsync(patient, Principals.Patient1Id);
        var start = await _flow.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddHours(3), ["relaxation-massage-60"], Principals.Patient1);
        using var booked = await BookForAsync(patient, Principals.Patient1Id, start, nightOwl, null, "relaxation-massage-60");
        var bookingId = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var cancelled = await patient.PostAsJsonAsync($"/api/scheduling/bookings/{bookingId}/cancel", new { reason = "Working late" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var statement = await WaitForBalanceAsync(patient, before + 40.00m, Principals.Patient1Id);
        var fee = statement.GetProperty("lines").EnumerateArray().Last();
        Assert.Equal("R10", fee.GetProperty("rule").GetString());
        Assert.Equal(40.00m, fee.GetProperty("amount").GetDecimal());
        Assert.Contains("less than 24 hours", fee.GetProperty("explanation").GetString());
    }

    private static async Task<decimal> BalanceAsync(HttpClient patient, Guid? patientId = null) =>
        (await patient.GetFromJsonAsync<JsonElement>($"/api/billing/patients/{patientId ?? PatientId}/statement")).GetProperty("balance").GetDecimal();

    private static async Task<JsonElement> WaitForBalanceAsync(HttpClient patient, decimal expected, Guid? patientId = null)
    {
        JsonElement statement = default;
        await WaitAsync(async () =>
        {
            statement = await patient.GetFromJsonAsync<JsonElement>($"/api/billing/patients/{patientId ?? PatientId}/statement");
            return statement.GetProperty("balance").GetDecimal() == expected;
        }, () => $"the balance to reach {expected} (it is {statement.GetProperty("balance")})");
        return statement;
    }
}
