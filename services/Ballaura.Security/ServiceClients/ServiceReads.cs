using System.Net;
using System.Net.Http.Json;

namespace Ballaura.Security.ServiceClients;

/// <summary>How one Ballaura service reads a record from another over HTTP (with its own service token on the client).</summary>
public static class ServiceReads
{
    /// <returns>The record, or null when the other service has none (404).</returns>
    /// <exception cref="HttpRequestException">The other service could not answer now (any other failure).</exception>
    public static async Task<T?> GetOrNullAsync<T>(this HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(ServiceJson.Options, cancellationToken);
    }
}
