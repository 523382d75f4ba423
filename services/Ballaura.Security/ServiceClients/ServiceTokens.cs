using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ballaura.Security.ServiceClients;

/// <summary>
/// A service's own access token (client credentials, "ServiceClient:ClientId"/"ServiceClient:ClientSecret"), from the
/// issuer at "Identity:Authority", kept until shortly before it expires.
/// </summary>
public sealed class ServiceTokens(IHttpClientFactory clients, IConfiguration configuration, TimeProvider time)
{
    public const string HttpClientName = "service-tokens";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < _renewAt)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _renewAt)
            {
                return fresh;
            }

            var authority = configuration["Identity:Authority"] ?? throw new InvalidOperationException("Identity:Authority is not set.");
            using var request = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = configuration["ServiceClient:ClientId"] ?? throw new InvalidOperationException("ServiceClient:ClientId is not set."),
                ["client_secret"] = configuration["ServiceClient:ClientSecret"] ?? throw new InvalidOperationException("ServiceClient:ClientSecret is not set."),
                ["scope"] = "ballaura-api",
            });
            using var http = clients.CreateClient(HttpClientName);
            using var response = await http.PostAsync(new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"), request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new InvalidOperationException("The token endpoint answered without a token.");
            _token = token.AccessToken;
            _renewAt = time.GetUtcNow().AddSeconds(Math.Max(30, token.ExpiresIn - 60));
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

/// <summary>Puts the service's own bearer token on every request of an HttpClient (see <see cref="ServiceTokenExtensions.WithServiceToken"/>).</summary>
public sealed class ServiceTokenHandler(ServiceTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}

public static class ServiceTokenExtensions
{
    /// <summary>The client calls another Ballaura service as this service (role "service"), with its client-credentials token.</summary>
    public static IHttpClientBuilder WithServiceToken(this IHttpClientBuilder client)
    {
        client.Services.AddServiceTokens();
        client.Services.AddTransient<ServiceTokenHandler>();
        return client.AddHttpMessageHandler<ServiceTokenHandler>();
    }

    /// <summary>Registers <see cref="ServiceTokens"/>: a service that calls another with its own client-credentials token.</summary>
    public static IServiceCollection AddServiceTokens(this IServiceCollection services)
    {
        services.AddHttpClient(ServiceTokens.HttpClientName);
        services.TryAddSingleton<ServiceTokens>();
        return services;
    }
}
