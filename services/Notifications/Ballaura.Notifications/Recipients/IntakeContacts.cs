using System.Net;
using System.Net.Http.Json;
using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Notifications.Recipients;

/// <summary>Asks Intake how to reach a patient, as Notifications (its own token, the role "service"): at send time, so the latest details count.</summary>
public sealed class IntakeContacts(HttpClient http)
{
    /// <returns>The contact, or null when Intake has no such patient.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now.</exception>
    public async Task<PatientContact?> GetAsync(Guid patientId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/intake/patients/{patientId}/contact", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PatientContact>(ServiceJson.Options, cancellationToken);
    }
}
