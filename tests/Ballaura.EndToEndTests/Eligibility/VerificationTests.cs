using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Eligibility.VerificationProbe;

namespace Ballaura.EndToEndTests.Eligibility;

/// <summary>
/// Coverage verification end to end: a case made ready at Intake through the gateway, CaseReadyForVerification on the
/// real broker, Eligibility reading the insured's details from Intake and asking the payer sandbox with a real X12 270
/// over HTTP, the 271 read back, and the result read through the gateway.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VerificationTests(BallauraAppFixture system) : IAsyncLifetime
{
    private readonly IntakeFlow _intake = new(system);

    public Task InitializeAsync() => system.PayerSandbox.SetFaultsAsync(SandboxControl.Calm);

    public Task DisposeAsync() => system.PayerSandbox.SetFaultsAsync(SandboxControl.Calm);

    [Fact]
    public async Task A_Premera_member_is_verified_with_the_numbers_that_decide_the_patient_s_share()
    {
        var caseId = await _intake.MajorMedicalReadyAsync("premera", $"PRMLOAD{Random.Shared.Next(100_000_000, 999_999_999)}", "Dana", "Whitfield", new DateOnly(1984, 3, 17), Principals.Patient1);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var verified = await WaitForAsync(frontDesk, caseId, Status("Verified"));

        var benefits = verified.GetProperty("benefits");
        Assert.Equal("Active", benefits.GetProperty("coverage").GetString());
        Assert.Equal("BE", benefits.GetProperty("answeredServiceType").GetString());
        Assert.Equal("HERITAGE PPO", benefits.GetProperty("planName").GetString());
        Assert.Equal(1000m, benefits.GetProperty("deductibleTotal").GetDecimal());
        Assert.Equal(1000m, benefits.GetProperty("deductibleRemaining").GetDecimal());
        Assert.Equal(0.2m, benefits.GetProperty("coinsurancePercent").GetDecimal());
        Assert.Equal(20, benefits.GetProperty("visitLimit").GetInt32());
        Assert.True(benefits.GetProperty("inNetwork").GetBoolean());
        Assert.Equal(1, verified.GetProperty("payerRequests").GetInt32());

        // The patient sees their own benefits and the estimate of R18's worked example; another patient sees nothing.
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        var estimate = await patient.GetFromJsonAsync<JsonElement>($"/api/eligibility/cases/{caseId}/estimate?allowedAmount=1500");
        Assert.Equal(1100m, estimate.GetProperty("estimate").GetProperty("patientShare").GetDecimal());
        Assert.Equal(400m, estimate.GetProperty("estimate").GetProperty("planShare").GetDecimal());
        var stranger = await system.Principals.ClientAsync(Principals.Patient2);
        using var hidden = await stranger.GetAsync($"/api/eligibility/cases/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        // Intake hears the answer: the case now waits for the signed paperwork (R8), which only the patient signs.
        var intakeCase = await WaitForIntakeAsync(patient, caseId, "AwaitingSignature");
        Assert.Contains("sign", intakeCase.GetProperty("nextStep").GetString());
        var paperwork = await patient.GetFromJsonAsync<JsonElement>("/api/intake/paperwork");
        var version = paperwork.GetProperty("version").GetInt32();
        Assert.Contains("card on file", paperwork.GetProperty("text").GetString());

        using var byStaff = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/signatures", new { typedName = "Dana Whitfield", documentVersion = version });
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        using var wrongName = await patient.PostAsJsonAsync($"/api/intake/cases/{caseId}/signatures", new { typedName = "Someone Else", documentVersion = version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongName.StatusCode);
        using var otherVersion = await patient.PostAsJsonAsync($"/api/intake/cases/{caseId}/signatures", new { typedName = "Dana Whitfield", documentVersion = version + 1 });
        Assert.Equal(HttpStatusCode.Conflict, otherVersion.StatusCode);

        using var signed = await patient.PostAsJsonAsync($"/api/intake/cases/{caseId}/signatures", new { typedName = "dana  whitfield", documentVersion = version });
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        var ready = await patient.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Equal("ReadyToSchedule", ready.GetProperty("status").GetString());
        Assert.Empty(ready.GetProperty("missing").EnumerateArray());
        Assert.Contains("call you to schedule", ready.GetProperty("nextStep").GetString());
    }

    private static async Task<JsonElement> WaitForIntakeAsync(HttpClient client, Guid caseId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var insuranceCase = await client.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
            if (insuranceCase.GetProperty("status").GetString() == status)
            {
                return insuranceCase;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The intake case stayed {insuranceCase.GetProperty("status").GetString()}, not {status}.");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Verify_now_asks_the_payer_about_the_planned_visit_s_date()
    {
        var caseId = await _intake.MajorMedicalReadyAsync("premera", "PRM100200301", "Sam", "Smith", new DateOnly(1975, 9, 30));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var first = await WaitForAsync(frontDesk, caseId, Status("Verified"));
        var visit = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(9);

        using var accepted = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/verifications", new { visitDate = visit });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var again = await WaitForAsync(frontDesk, caseId, v => Status("Verified")(v) && v.GetProperty("verifiedAt").GetDateTimeOffset() > first.GetProperty("verifiedAt").GetDateTimeOffset());

        Assert.Equal(visit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), again.GetProperty("serviceDate").GetString());
        var exchanges = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/eligibility/cases/{caseId}/exchanges");
        var newest = exchanges[0];
        Assert.Contains($"DTP*291*D8*{visit:yyyyMMdd}~", newest.GetProperty("request270").GetString());
        Assert.StartsWith("ISA*", newest.GetProperty("response271").GetString());
        Assert.Equal(2, exchanges.GetArrayLength());

        using var past = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/verifications", new { visitDate = visit.AddDays(-30) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("visitDate", await past.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_payer_that_answers_only_for_30_is_verified_and_says_massage_benefits_are_unconfirmed()
    {
        var caseId = await _intake.MajorMedicalReadyAsync("aetna", "W123456789", "Ana", "Rivera", new DateOnly(1985, 6, 15));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var verified = await WaitForAsync(frontDesk, caseId, Status("Verified"));

        Assert.True(verified.GetProperty("benefits").GetProperty("fellBackToHealthPlan").GetBoolean());
        Assert.Equal("30", verified.GetProperty("benefits").GetProperty("answeredServiceType").GetString());
        Assert.Contains("massage benefits are not confirmed", verified.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_Kaiser_HMO_member_is_verified_with_the_authorization_requirement()
    {
        var caseId = await _intake.MajorMedicalReadyAsync("kaiser-hmo", "KPH777000111", "Linh", "Nguyen", new DateOnly(1969, 11, 2));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var verified = await WaitForAsync(frontDesk, caseId, Status("Verified"));

        Assert.True(verified.GetProperty("benefits").GetProperty("authorizationRequired").GetBoolean());
        Assert.Equal(20m, verified.GetProperty("benefits").GetProperty("copay").GetDecimal());
        Assert.Contains("authorization", verified.GetProperty("reason").GetString());

        var authorization = new { number = "kp-auth-2291", visitsAllowed = 8, validFrom = "2026-12-01", validThrough = "2027-02-28" };
        using var recorded = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/authorizations", authorization);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        using var twice = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/authorizations", authorization);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var backwards = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/authorizations",
            new { number = "KP-2292", visitsAllowed = 0, validFrom = "2026-12-01", validThrough = "2026-11-01" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var problem = await backwards.Content.ReadAsStringAsync();
        Assert.Contains("visitsAllowed", problem);
        Assert.Contains("validThrough", problem);

        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var listed = await phone.GetFromJsonAsync<JsonElement>($"/api/eligibility/cases/{caseId}/authorizations");
        var only = Assert.Single(listed.EnumerateArray());
        Assert.Equal("KP-AUTH-2291", only.GetProperty("number").GetString());
        Assert.Equal(8, only.GetProperty("visitsAllowed").GetInt32());
    }

    [Fact]
    public async Task An_unknown_member_is_not_verified_asked_once_and_waits_on_the_review_queue_with_what_to_fix()
    {
        var memberId = "PRM" + Random.Shared.NextInt64(100_000_000, 999_999_999);
        var caseId = await _intake.MajorMedicalReadyAsync("premera", memberId, "Pat", "Unknown", new DateOnly(1990, 2, 2));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var refused = await WaitForAsync(frontDesk, caseId, Status("NotVerified"));

        Assert.Equal("rejected-75", refused.GetProperty("reasonCode").GetString());
        Assert.Contains("member id", refused.GetProperty("nextStep").GetString());
        Assert.Single(await system.PayerSandbox.InquiriesForAsync(memberId));
        var queue = await frontDesk.GetFromJsonAsync<JsonElement>("/api/eligibility/review-queue");
        Assert.Contains(queue.EnumerateArray(), item => item.GetProperty("caseId").GetGuid() == caseId);
    }

    [Fact]
    public async Task An_inactive_plan_is_not_verified()
    {
        var caseId = await _intake.MajorMedicalReadyAsync("premera", "PRM000000INA", "Ida", "Inactive", new DateOnly(1990, 1, 1));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var refused = await WaitForAsync(frontDesk, caseId, Status("NotVerified"));

        Assert.Equal("inactive", refused.GetProperty("reasonCode").GetString());
        Assert.Equal("Inactive", refused.GetProperty("benefits").GetProperty("coverage").GetString());
        await WaitForIntakeAsync(frontDesk, caseId, "VerificationFailed");
    }

    [Fact]
    public async Task A_PIP_claim_waits_for_the_adjuster_and_another_driver_s_policy_is_refused_R21()
    {
        var caseId = await _intake.PipReadyAsync("PIP-7781-22");
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var waiting = await WaitForAsync(frontDesk, caseId, Status("NeedsReview"));
        Assert.Equal("confirm-pip-claim", waiting.GetProperty("reasonCode").GetString());
        Assert.Contains("R21", waiting.GetProperty("reason").GetString());

        using var incomplete = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/claim-confirmations", new { claimOpen = true });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("onPatientsOwnPolicy", await incomplete.Content.ReadAsStringAsync());

        using var confirmed = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/claim-confirmations",
            new { claimOpen = true, onPatientsOwnPolicy = false, confirmedWith = "R. Adjuster" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var refused = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NotVerified", refused.GetProperty("status").GetString());
        Assert.Equal("third-party-claim", refused.GetProperty("reasonCode").GetString());

        using var authorization = await frontDesk.PostAsJsonAsync($"/api/eligibility/cases/{caseId}/authorizations",
            new { number = "X-1", visitsAllowed = 6, validFrom = "2026-12-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, authorization.StatusCode);
    }

    [Fact]
    public async Task A_payer_outage_puts_the_case_on_the_review_queue_while_retrying_and_it_is_verified_when_the_payer_returns()
    {
        await system.PayerSandbox.SetFaultsAsync(new
        {
            latencyMilliseconds = 20, jitterMilliseconds = 10, hangSeconds = 30, retryAfterSeconds = 1, outagePayers = new[] { "91051" },
        });
        var caseId = await _intake.MajorMedicalReadyAsync("kaiser-ppo", "KPP888000222", "Olaf", "Olsen", new DateOnly(1958, 3, 21));
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        var waiting = await WaitForAsync(frontDesk, caseId, v => v.GetProperty("inReview").GetBoolean());
        Assert.Equal("Queued", waiting.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, waiting.GetProperty("nextAttemptAt").ValueKind);
        var queue = await frontDesk.GetFromJsonAsync<JsonElement>("/api/eligibility/review-queue");
        var item = Assert.Single(queue.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Contains("has not answered", item.GetProperty("reason").GetString());

        await system.PayerSandbox.SetFaultsAsync(SandboxControl.Calm);
        var verified = await WaitForAsync(frontDesk, caseId, Status("Verified"));
        Assert.False(verified.GetProperty("inReview").GetBoolean());
    }

    [Fact]
    public async Task Under_30_percent_faults_every_case_ends_verified_or_in_review_and_no_payer_is_stormed()
    {
        await system.PayerSandbox.SetFaultsAsync(new
        {
            latencyMilliseconds = 100, jitterMilliseconds = 100, serverErrorRate = 0.05, unavailableRate = 0.05, timeoutRate = 0.05, aaa42Rate = 0.1, dropRate = 0.05,
            hangSeconds = 3, retryAfterSeconds = 1, outagePayers = Array.Empty<string>(),
        });
        var run = Random.Shared.Next(100_000, 999_999);
        var members = Enumerable.Range(1, 40).Select(i => $"PRMLOAD{run}{i:D3}").ToList();
        var cases = new List<(Guid CaseId, string MemberId)>();
        foreach (var member in members)
        {
            cases.Add((await _intake.MajorMedicalReadyAsync("premera", member, "Load", "Test", new DateOnly(1970, 1, 1)), member));
        }

        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var faultsSeen = 0;
        foreach (var (caseId, memberId) in cases)
        {
            var settled = await WaitForAsync(frontDesk, caseId, Resolved, TimeSpan.FromSeconds(120));
            var received = await system.PayerSandbox.InquiriesForAsync(memberId);

            // Every request the sandbox saw is counted on the case (a case still retrying from the review queue may
            // have sent one more since), and the count stays small.
            var counted = settled.GetProperty("payerRequests").GetInt32();
            Assert.True(settled.GetProperty("status").GetString() == "Verified" ? received.Count == counted : received.Count >= counted,
                $"{memberId}: the sandbox saw {received.Count} requests, the case counted {counted}");
            // A case can settle on the review queue without a request of its own: its rounds found the payer's breaker open.
            var fewest = settled.GetProperty("status").GetString() == "Verified" ? 1 : 0;
            Assert.True(received.Count >= fewest && received.Count <= 16, $"{memberId}: {received.Count} payer requests; the case: {settled}");
            faultsSeen += received.Count(r => r.Fault.GetString() != "None");
            // An inquiry that timed out or lost its answer is not resent within the configured CORE window.
            var resendWindow = TimeSpan.Parse(BallauraAppFixture.EligibilityTimings["Eligibility__Payers__ResendAfterUnanswered"], CultureInfo.InvariantCulture);
            foreach (var (unanswered, next) in received.Zip(received.Skip(1)).Where(p => p.First.Fault.GetString() is "Timeout" or "Drop"))
            {
                Assert.True(next.ReceivedAt - unanswered.ReceivedAt >= resendWindow - TimeSpan.FromMilliseconds(100),
                    $"{memberId}: resent {next.ReceivedAt - unanswered.ReceivedAt} after an unanswered inquiry");
            }
        }

        // 40 cases at 30 % faults (about 12 expected; fewer than 3 has a chance below 1 in 10,000): if hardly any was
        // injected, this test proved nothing.
        Assert.True(faultsSeen >= 3, $"Only {faultsSeen} faults were injected.");
    }
}
