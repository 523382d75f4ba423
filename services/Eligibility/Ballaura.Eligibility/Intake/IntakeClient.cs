using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Eligibility.Intake;

/// <summary>Asks Intake for a case's insured details as Eligibility (its own token, the role "service": see Extensions).</summary>
public sealed class IntakeClient(HttpClient http)
{
    /// <returns>The details, or null when Intake has no such case.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now (the round is rescheduled).</exception>
    public Task<InsuredDetails?> GetDetailsAsync(Guid caseId, CancellationToken cancellationToken)
        => http.GetOrNullAsync<InsuredDetails>($"api/intake/cases/{caseId}/verification-details", cancellationToken);
}
