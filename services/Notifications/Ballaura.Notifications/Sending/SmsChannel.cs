using System.Net.Http.Json;

namespace Ballaura.Notifications.Sending;

/// <summary>The SMS provider's answer about one message.</summary>
public sealed record SmsStatus(string Id, string Status);

/// <summary>
/// The SMS provider's API (the contact sandbox locally). Each text carries the notification's id as its client
/// reference: the provider keeps one message per reference, so a retry after a timeout never texts twice.
/// </summary>
public sealed class SmsChannel(HttpClient http)
{
    public async Task<string> SendAsync(Guid notificationId, string to, string body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("sms/messages", new { to, body, clientReference = notificationId.ToString("N") }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var status = await response.Content.ReadFromJsonAsync<SmsStatus>(cancellationToken);
        return status?.Id ?? throw new HttpRequestException("The SMS provider answered without a message id.");
    }

    /// <returns>queued, delivered or undelivered; null when the provider does not know the message.</returns>
    public async Task<string?> StatusAsync(string providerId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"sms/messages/{providerId}", cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SmsStatus>(cancellationToken))?.Status;
    }
}
