using System.Net.Http.Json;
using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Scheduling.Phone;

/// <summary>Asks Intake who a caller is, as Scheduling (its own token, the role "service"): names and phone numbers stay in Intake.</summary>
public sealed class IntakeDirectory(HttpClient http)
{
    /// <exception cref="HttpRequestException">Intake could not answer now.</exception>
    public async Task<List<CallerMatch>> FindCallersAsync(string phoneKey, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/intake/callers/{Uri.EscapeDataString(phoneKey)}", cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<CallerMatch>>(ServiceJson.Options, cancellationToken) ?? [];
    }
}
