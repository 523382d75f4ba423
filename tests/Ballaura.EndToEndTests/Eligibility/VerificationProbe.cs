using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Ballaura.EndToEndTests.Eligibility;

/// <summary>Reads a case's verification through the gateway until it reaches the state a test waits for.</summary>
public static class VerificationProbe
{
    public static async Task<JsonElement> WaitForAsync(HttpClient client, Guid caseId, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var last = "(nothing yet)";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync($"/api/eligibility/cases/{caseId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var verification = await response.Content.ReadFromJsonAsync<JsonElement>();
                last = verification.ToString();
                if (done(verification))
                {
                    return verification;
                }
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Case {caseId} did not reach the expected verification state; last seen: {last}");
        return default;
    }

    public static Func<JsonElement, bool> Status(params string[] statuses) =>
        v => statuses.Contains(v.GetProperty("status").GetString());

    /// <summary>Settled: an answer the front desk can act on, or waiting on the review queue.</summary>
    public static bool Resolved(JsonElement v) =>
        v.GetProperty("status").GetString() is "Verified" or "NotVerified" or "NeedsReview" || v.GetProperty("inReview").GetBoolean();
}
