using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Scheduling;
using Ballaura.EndToEndTests.Security;
using Xunit;
using static Ballaura.EndToEndTests.Scheduling.SchedulingFlow;

namespace Ballaura.EndToEndTests.Billing;

/// <summary>An insurance visit of patient 2 from booking to completion, and the claim Billing drafts for it.</summary>
public sealed class BillingFlow(BallauraAppFixture system)
{
    private readonly SchedulingFlow _scheduling = new(system);

    /// <summary>
    /// Books the night-owl therapist for a 60-minute insurance massage (and <paramref name="addOns"/>), checks in, records
    /// 15 minutes of Swedish, 25 of trigger point and 20 of myofascial release, completes it, and waits for the claim.
    /// </summary>
    public async Task<(Guid CaseId, Guid BookingId, JsonElement Claim)> CompletedInsuranceVisitAsync(string memberPrefix = "PRMLOAD", params string[] addOns)
    {
        var (caseId, _) = await _scheduling.ReadyToScheduleAsync(memberPrefix);
        await _scheduling.PutCardAsync();
        var nightOwl = await _scheduling.HireNightOwlAsync();
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var therapist = await system.Principals.ClientAsync(Principals.Therapist);
        var billing = await system.Principals.ClientAsync(Principals.Billing);

        string[] services = ["insurance-massage-60", .. addOns];
        var start = await _scheduling.FirstFreeAsync(nightOwl, DateTimeOffset.UtcNow.AddMinutes(2), services);
        using var booked = await BookAsync(phone, start, nightOwl, caseId, services);
        Assert.True(booked.StatusCode == HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var bookingId = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await frontDesk.PostAsync($"/api/scheduling/bookings/{bookingId}/check-in", null)).StatusCode);
        using var session = await therapist.PutAsJsonAsync($"/api/scheduling/bookings/{bookingId}/session", new
        {
            modalities = new[] { new { modality = "trigger-point-therapy", minutes = 25 }, new { modality = "myofascial-release", minutes = 20 }, new { modality = "swedish", minutes = 15 } },
            goals = new[] { "manage-pain" },
        });
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await therapist.PostAsync($"/api/scheduling/bookings/{bookingId}/complete", null)).StatusCode);

        JsonElement claim = default;
        await WaitAsync(async () =>
        {
            var claims = await billing.GetFromJsonAsync<JsonElement>($"/api/billing/claims?caseId={caseId}");
            claim = claims.EnumerateArray().FirstOrDefault(c => c.GetProperty("bookingId").GetGuid() == bookingId);
            return claim.ValueKind == JsonValueKind.Object;
        }, () => "the visit's claim in Billing");
        return (caseId, bookingId, claim);
    }
}
