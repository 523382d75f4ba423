using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Eligibility;

/// <summary>
/// Takes a case through Intake the way the clinic does, through the gateway: open it, enter the card or claim details,
/// upload the card, record the prescription. Intake then publishes CaseReadyForVerification (ids only) and Eligibility
/// reads the insured's details back from Intake with its own token.
/// </summary>
public sealed class IntakeFlow(BallauraAppFixture system)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    /// <param name="payerId">The payer directory's id (premera, aetna, kaiser-ppo, kaiser-hmo).</param>
    /// <param name="openedBy">Who opens the case: front desk (a new patient record) or a patient (their own record).</param>
    public async Task<Guid> MajorMedicalReadyAsync(string payerId, string memberId, string firstName, string lastName, DateOnly birthDate, string openedBy = Principals.FrontDesk)
    {
        var opener = await system.Principals.ClientAsync(openedBy);
        var caseId = await OpenAsync(opener, new { firstName, lastName, birthDate, coverageType = "MajorMedical", payerId });
        await ExpectAsync(HttpStatusCode.OK, opener.PutAsJsonAsync($"/api/intake/cases/{caseId}/insurance", new { memberId }));
        foreach (var kind in new[] { "card-front", "card-back" })
        {
            var picture = new ByteArrayContent(Png);
            picture.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            await ExpectAsync(HttpStatusCode.Created, opener.PostAsync($"/api/intake/cases/{caseId}/documents?kind={kind}", picture));
        }

        await RecordPrescriptionAsync(caseId);
        return caseId;
    }

    public async Task<Guid> PipReadyAsync(string claimNumber)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        var caseId = await OpenAsync(frontDesk, new { firstName = "Dana", lastName = "Whitfield", birthDate = "1984-03-17", coverageType = "PersonalInjuryProtection" });
        await ExpectAsync(HttpStatusCode.OK, frontDesk.PutAsJsonAsync($"/api/intake/cases/{caseId}/insurance", new
        {
            claimNumber, dateOfInjury = "2026-11-20", stateOfInjury = "WA", claimOnOwnPolicy = true,
            adjuster = new { name = "Rita Adjuster", phone = "360-555-0199" },
        }));
        await RecordPrescriptionAsync(caseId);
        return caseId;
    }

    private async Task RecordPrescriptionAsync(Guid caseId)
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        await ExpectAsync(HttpStatusCode.Created, frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/prescriptions", new
        {
            prescriberName = "Dr. Ana Reyes", prescriberRole = "Doctor", prescriberNpi = "1234567893", diagnosisCodes = new[] { "M54.2" },
            visitsPrescribed = 12, visitsPerWeek = 2, prescribedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        }));
        // Ready for verification — or already past it: Eligibility may have answered before this read, and a patient who
        // signed this paperwork version for an earlier case goes straight on to ready to schedule (R8).
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Contains(insuranceCase.GetProperty("status").GetString(), new[] { "ReadyForVerification", "Verified", "VerificationFailed", "AwaitingSignature", "ReadyToSchedule" });
    }

    private static async Task<Guid> OpenAsync(HttpClient client, object body)
    {
        using var created = await client.PostAsJsonAsync("/api/intake/cases", body);
        await ExpectAsync(HttpStatusCode.Created, Task.FromResult(created));
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
