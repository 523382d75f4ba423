using Ballaura.Contracts.Intake;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Notifications.Recipients;

/// <summary>Asks Intake how to reach a patient, as Notifications (its own token, the role "service"): at send time, so the latest details count.</summary>
public sealed class IntakeContacts(HttpClient http)
{
    /// <returns>The contact, or null when Intake has no such patient.</returns>
    /// <exception cref="HttpRequestException">Intake could not answer now.</exception>
    public Task<PatientContact?> GetAsync(Guid patientId, CancellationToken cancellationToken)
        => http.GetOrNullAsync<PatientContact>($"api/intake/patients/{patientId}/contact", cancellationToken);
}
