using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Eligibility.Intake;

/// <summary>Asks Intake for a case's insured details with Eligibility's own token (the role "service").</summary>
public sealed class IntakeClient(HttpClient http, ServiceTokens tokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <returns>The details, or null when Intake has no such case.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now (the round is rescheduled).</exception>
    public async Task<InsuredDetails?> GetDetailsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/intake/cases/{caseId}/verification-details");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<InsuredDetails>(Json, cancellationToken);
    }
}
