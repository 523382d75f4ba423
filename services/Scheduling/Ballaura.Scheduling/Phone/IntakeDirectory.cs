using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Scheduling.Phone;

/// <summary>Asks Intake who a caller is, with Scheduling's own token (the role "service"): names and phone numbers stay in Intake.</summary>
public sealed class IntakeDirectory(HttpClient http, ServiceTokens tokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <exception cref="HttpRequestException">Intake could not answer now.</exception>
    public async Task<List<CallerMatch>> FindCallersAsync(string phoneKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/intake/callers/{Uri.EscapeDataString(phoneKey)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<CallerMatch>>(Json, cancellationToken) ?? [];
    }
}
