using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Reads the PHI audit log as an admin, waiting for entries that travel through the outbox and the broker.</summary>
public static class AuditTrail
{
    public static async Task<List<JsonElement>> WaitForAsync(BallauraAppFixture system, Guid patientId, Func<JsonElement, bool> expected)
    {
        var admin = await system.Principals.ClientAsync(Principals.Admin);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await admin.GetAsync($"/api/identity/audit/patients/{patientId}?limit=500");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var entries = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
            if (entries.Any(expected))
            {
                return entries;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The audit log of patient {patientId} never showed the expected entry ({entries.Count} entries).");
            await Task.Delay(250);
        }
    }
}
