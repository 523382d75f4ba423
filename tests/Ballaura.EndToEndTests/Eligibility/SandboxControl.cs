using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Ballaura.EndToEndTests.Eligibility;

/// <summary>The payer sandbox's fault switches and the log of what it received.</summary>
public static class SandboxControl
{
    public static readonly object Calm = new
    {
        latencyMilliseconds = 150, jitterMilliseconds = 100, serverErrorRate = 0.0, unavailableRate = 0.0, timeoutRate = 0.0, aaa42Rate = 0.0, dropRate = 0.0,
        hangSeconds = 30, retryAfterSeconds = 1, outagePayers = Array.Empty<string>(),
    };

    public static async Task SetFaultsAsync(this HttpClient sandbox, object settings)
    {
        using var response = await sandbox.PutAsJsonAsync("/sandbox/faults", settings);
        response.EnsureSuccessStatusCode();
    }

    public sealed record ReceivedInquiry(DateTimeOffset ReceivedAt, string TraceNumber, string PayerId, string MemberId, DateOnly ServiceDate, JsonElement Fault);

    public static async Task<List<ReceivedInquiry>> InquiriesForAsync(this HttpClient sandbox, string memberId)
    {
        var received = await sandbox.GetFromJsonAsync<List<ReceivedInquiry>>($"/sandbox/inquiries?memberId={Uri.EscapeDataString(memberId)}");
        Assert.NotNull(received);
        return received;
    }
}
