using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>
/// One small real HTTP server that plays both neighbours of the gateway: the token issuer (discovery
/// document and signing keys, so tests can mint any token, expired or forged) and every backend service
/// (it echoes the path and the headers it received).
/// </summary>
public sealed class StandInIssuerAndBackend : IAsyncLifetime
{
    public const string Audience = "ballaura-api";

    private readonly RSA _key = RSA.Create(2048);
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;
    public string Issuer => Address.ToString();
    public RsaSecurityKey SigningKey => new(_key) { KeyId = "stand-in-1" };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = new Uri(Address, "/.well-known/jwks").ToString(),
            ["token_endpoint"] = new Uri(Address, "/connect/token").ToString(),
        }));
        _app.MapGet("/.well-known/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "stand-in-1" });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        _app.Map("/{**path}", (HttpContext context) => Results.Json(new
        {
            path = context.Request.Path.Value,
            headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        }));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string Mint(
        IEnumerable<string> roles,
        string? audience = Audience,
        string? issuer = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        SigningCredentials? credentials = null,
        string subject = "user-1")
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        var now = DateTime.UtcNow;
        var validUntil = expires ?? now.AddMinutes(10);
        var validFrom = notBefore ?? validUntil.AddMinutes(-15);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = validFrom,
            IssuedAt = validFrom,
            Expires = validUntil,
            SigningCredentials = credentials ?? new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static JsonElement Echo(string body) => JsonDocument.Parse(body).RootElement;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }
}
