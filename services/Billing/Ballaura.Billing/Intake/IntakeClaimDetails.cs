using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Billing.Intake;

/// <summary>Asks Intake what a claim needs about the insured and the prescription, as Billing (its own token, the role "service").</summary>
public sealed class IntakeClaimDetails(HttpClient http)
{
    /// <returns>The details, or null when Intake has no such case or prescription.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now.</exception>
    public Task<ClaimDetails?> GetAsync(Guid caseId, Guid prescriptionId, CancellationToken cancellationToken)
        => http.GetOrNullAsync<ClaimDetails>($"api/intake/cases/{caseId}/prescriptions/{prescriptionId}/claim-details", cancellationToken);
}
