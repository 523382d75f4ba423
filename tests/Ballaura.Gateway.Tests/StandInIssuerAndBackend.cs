using System.Text.Json;
using Ballaura.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>
/// The gateway's two neighbours on one real HTTP server: the token issuer (so tests mint any token) and
/// every backend service (it echoes the path and the headers it received).
/// </summary>
public sealed class StandInIssuerAndBackend : IAsyncLifetime
{
    private StandInIssuer? _issuer;

    private StandInIssuer Server => _issuer ?? throw new InvalidOperationException("Not started.");

    public Uri Address => Server.Address;
    public string Issuer => Server.Issuer;
    public Microsoft.IdentityModel.Tokens.RsaSecurityKey SigningKey => Server.SigningKey;

    public async Task InitializeAsync() =>
        _issuer = await StandInIssuer.StartAsync(app => app.Map("/{**path}", (HttpContext context) => Results.Json(new
        {
            path = context.Request.Path.Value,
            headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        })));

    public string Mint(
        IEnumerable<string> roles,
        string? audience = StandInIssuer.Audience,
        string? issuer = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        Microsoft.IdentityModel.Tokens.SigningCredentials? credentials = null) =>
        Server.Mint(roles, audience, issuer, expires, notBefore, credentials);

    public static JsonElement Echo(string body) => JsonDocument.Parse(body).RootElement;

    public async Task DisposeAsync()
    {
        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }
}
