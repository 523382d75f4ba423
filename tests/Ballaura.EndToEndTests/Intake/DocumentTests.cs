using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests.Intake;

/// <summary>Documents (R5) through the gateway: type from the bytes, size limit, channel, and who may read them.</summary>
[Collection(SystemCollection.Name)]
public sealed class DocumentTests(BallauraAppFixture system)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(4000)];
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. RandomNumberGenerator.GetBytes(2000)];

    [Fact]
    public async Task A_patient_uploads_the_card_front_it_leaves_the_missing_list_and_only_they_and_staff_can_read_it()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.Patient1);
        var patient = await system.Principals.ClientAsync(Principals.Patient1);

        using var uploaded = await patient.PostAsync($"/api/intake/cases/{caseId}/documents?kind=card-front", File(Png, "image/png"));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), document.GetProperty("sha256").GetString());
        Assert.Equal("upload", document.GetProperty("channel").GetString());
        var insuranceCase = await patient.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.DoesNotContain(insuranceCase.GetProperty("missing").EnumerateArray(), m => m.GetProperty("code").GetString() == "card-front");
        Assert.Single(insuranceCase.GetProperty("documents").EnumerateArray());

        var location = uploaded.Headers.Location!.OriginalString;
        using var own = await patient.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Png, await own.Content.ReadAsByteArrayAsync());
        // Kept in the blob store under the case, byte for byte, not in the database.
        var stored = await system.Documents.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{caseId:N}/", CancellationToken.None).ToListAsync();
        Assert.Equal(Png, (await system.Documents.GetBlobClient(Assert.Single(stored).Name).DownloadContentAsync()).Value.Content.ToArray());

        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var staff = await frontDesk.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        var stranger = await system.Principals.ClientAsync(Principals.Patient2);
        using var hidden = await stranger.GetAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var phone = await system.Principals.ClientAsync(Principals.PhoneSystem);
        using var phoneRead = await phone.GetAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, phoneRead.StatusCode);
    }

    [Fact]
    public async Task The_type_comes_from_the_bytes_not_from_what_the_client_declares()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.FrontDesk);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var pdfAsPng = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=card-back", File(Pdf, "image/png"));
        using var textAsPdf = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=card-back", File("just text"u8.ToArray(), "application/pdf"));
        using var text = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=card-back", File("just text"u8.ToArray(), "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdfAsPng.StatusCode);
        Assert.Contains("application/pdf, not image/png", await pdfAsPng.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, textAsPdf.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Empty(insuranceCase.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task A_file_over_20_MiB_is_refused_and_leaves_nothing_behind()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.FrontDesk);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        byte[] huge = [.. Pdf, .. new byte[21 * 1024 * 1024]];

        using var response = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=prescription", File(huge, "application/pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.Empty(insuranceCase.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task Staff_attach_a_fax_with_its_channel_and_a_patient_cannot_claim_one()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.Patient1);
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var byPatient = await patient.PostAsync($"/api/intake/cases/{caseId}/documents?kind=prescription&channel=fax", File(Pdf, "application/pdf"));
        using var noKind = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents", File(Pdf, "application/pdf"));
        using var byStaff = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=prescription&channel=fax", File(Pdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, byPatient.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.Contains("kind", await noKind.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, byStaff.StatusCode);
        Assert.Equal("fax", (await byStaff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_faxed_prescription_waits_on_the_review_queue_until_it_is_reviewed_and_recorded()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.FrontDesk);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var faxed = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents?kind=prescription&channel=fax", File(Pdf, "application/pdf"));
        var documentId = (await faxed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(["record-prescription", "review-documents"], await WaitingAsync(frontDesk, caseId));

        using var reviewed = await frontDesk.PostAsync($"/api/intake/cases/{caseId}/documents/{documentId}/review", null);
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(["record-prescription"], await WaitingAsync(frontDesk, caseId));

        using var recorded = await frontDesk.PostAsJsonAsync($"/api/intake/cases/{caseId}/prescriptions", new
        {
            prescriberName = "Dr. Ana Reyes", prescriberRole = "Chiropractor", prescriberNpi = "1234567893", diagnosisCodes = new[] { "M54.2" },
            visitsPrescribed = 8, visitsPerWeek = 1, prescribedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)),
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Empty(await WaitingAsync(frontDesk, caseId));
    }

    [Fact]
    public async Task A_fax_that_arrived_without_a_case_waits_in_the_inbox_until_front_desk_attaches_it_once()
    {
        var caseId = await OpenMajorMedicalAsync(Principals.FrontDesk);
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);

        using var received = await frontDesk.PostAsync("/api/intake/inbox?channel=fax&sender=360-539-0000", File(Pdf, "application/pdf"));
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var itemId = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var inbox = await frontDesk.GetFromJsonAsync<JsonElement>("/api/intake/inbox");
        Assert.Contains(inbox.EnumerateArray(), i => i.GetProperty("id").GetGuid() == itemId);
        using var read = await frontDesk.GetAsync($"/api/intake/inbox/{itemId}");
        Assert.Equal(Pdf, await read.Content.ReadAsByteArrayAsync());

        using var attached = await frontDesk.PostAsJsonAsync($"/api/intake/inbox/{itemId}/attach", new { caseId, kind = "card-back" });
        using var twice = await frontDesk.PostAsJsonAsync($"/api/intake/inbox/{itemId}/attach", new { caseId, kind = "card-back" });

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal("fax", (await attached.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var insuranceCase = await frontDesk.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseId}");
        Assert.DoesNotContain(insuranceCase.GetProperty("missing").EnumerateArray(), m => m.GetProperty("code").GetString() == "card-back");
        var after = await frontDesk.GetFromJsonAsync<JsonElement>("/api/intake/inbox");
        Assert.DoesNotContain(after.EnumerateArray(), i => i.GetProperty("id").GetGuid() == itemId);
        var patient = await system.Principals.ClientAsync(Principals.Patient1);
        using var patientInbox = await patient.GetAsync("/api/intake/inbox");
        Assert.Equal(HttpStatusCode.Forbidden, patientInbox.StatusCode);
    }

    private static async Task<string[]> WaitingAsync(HttpClient frontDesk, Guid caseId)
    {
        var queue = await frontDesk.GetFromJsonAsync<JsonElement>("/api/intake/review-queue");
        return [.. queue.EnumerateArray().Where(i => i.GetProperty("caseId").GetGuid() == caseId).Select(i => i.GetProperty("waiting").GetString()!).Order()];
    }

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private async Task<Guid> OpenMajorMedicalAsync(string principal)
    {
        var client = await system.Principals.ClientAsync(principal);
        using var created = await client.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Dana", lastName = "Whitfield", birthDate = "1984-03-17", coverageType = "MajorMedical", payerId = "premera",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
