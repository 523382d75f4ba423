using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Ballaura.EndToEndTests.Security.Principals;

namespace Ballaura.EndToEndTests.Security;

/// <summary>The PHI audit log as an admin sees it: who did what to which patient, and a chain that is intact.</summary>
[Collection(SystemCollection.Name)]
public sealed class AuditLogTests(BallauraAppFixture system)
{
    [Fact]
    public async Task Opening_and_reading_a_case_are_recorded_with_who_what_and_from_where_but_no_patient_data()
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        var therapist = await system.Principals.ClientAsync(Therapist);
        using (var read = await therapist.GetAsync($"/api/intake/cases/{caseId}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var therapistSubject = TokenAttackTests.Subject(await system.Principals.AccessTokenAsync(Therapist));
        // Other tests' calls by the therapist on patient 1's records are in the same log: look for this read.
        bool ThisRead(JsonElement e) => e.GetProperty("actor").GetString() == therapistSubject
            && e.GetProperty("action").GetString() == "read" && e.GetProperty("resourceId").GetString() == caseId.ToString();
        var entries = await AuditTrail.WaitForAsync(system, Patient1Id, ThisRead);

        var created = entries.First(e => e.GetProperty("action").GetString() == "create" && e.GetProperty("resourceId").GetString() == caseId.ToString());
        Assert.Equal("patient", created.GetProperty("actorRoles").GetString());
        Assert.Equal("Ballaura.Intake", created.GetProperty("service").GetString());
        var read2 = entries.First(ThisRead);
        Assert.Equal("read", read2.GetProperty("action").GetString());
        Assert.Equal("allowed", read2.GetProperty("outcome").GetString());
        Assert.Equal("therapist", read2.GetProperty("actorRoles").GetString());
        Assert.False(string.IsNullOrEmpty(read2.GetProperty("sourceAddress").GetString()));
        Assert.Matches("^[0-9a-f]{32}$", read2.GetProperty("traceId").GetString());

        var text = JsonSerializer.Serialize(entries);
        Assert.DoesNotContain("Dana", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1984-03-17", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_refused_by_a_service_is_recorded_as_denied()
    {
        var caseId = Guid.NewGuid();
        var phone = await system.Principals.ClientAsync(PhoneSystem);
        using (var refused = await phone.GetAsync($"/api/billing/cases/{caseId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var admin = await system.Principals.ClientAsync(Admin);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var verification = await admin.GetAsync("/api/identity/audit/verification");
            var chain = await verification.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(chain.GetProperty("intact").GetBoolean());
            // Denials without a known patient are in the chain too; find this one through the whole log.
            if (await DeniedEntryExistsAsync(system, caseId))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The refused read never reached the audit log.");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task The_chain_verifies_intact()
    {
        await system.Principals.Patient1CaseAsync();
        var admin = await system.Principals.ClientAsync(Admin);
        await AuditTrail.WaitForAsync(system, Patient1Id, _ => true);

        using var response = await admin.GetAsync("/api/identity/audit/verification");

        var chain = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(chain.GetProperty("intact").GetBoolean());
        Assert.True(chain.GetProperty("entriesChecked").GetInt64() > 0);
    }

    private static async Task<bool> DeniedEntryExistsAsync(BallauraAppFixture system, Guid resourceId)
    {
        var admin = await system.Principals.ClientAsync(Admin);
        using var response = await admin.GetAsync($"/api/identity/audit/resources/{resourceId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        return entries.Any(e => e.GetProperty("outcome").GetString() == "denied" && e.GetProperty("actorRoles").GetString() == "phone-system");
    }
}
