using System.Net;
using System.Net.Http.Json;
using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Eligibility.Intake;

/// <summary>Asks Intake for a case's insured details as Eligibility (its own token, the role "service": see Extensions).</summary>
public sealed class IntakeClient(HttpClient http)
{
    /// <returns>The details, or null when Intake has no such case.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now (the round is rescheduled).</exception>
    public async Task<InsuredDetails?> GetDetailsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/intake/cases/{caseId}/verification-details", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<InsuredDetails>(ServiceJson.Options, cancellationToken);
    }
}
