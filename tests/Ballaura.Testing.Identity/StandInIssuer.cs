using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ballaura.Testing.Identity;

/// <summary>
/// A small real HTTP server publishing an OpenID discovery document and a signing key, so a gateway or a
/// service pointed at it ("Identity:Authority") validates tokens exactly as in production — and a test
/// can mint any token, valid, expired or forged. Extra routes (e.g. an echoing backend) can share it.
/// </summary>
public sealed class StandInIssuer : IAsyncDisposable
{
    public const string Audience = "ballaura-api";
    private const string KeyId = "stand-in-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly WebApplication _app;

    private StandInIssuer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }
    public string Issuer => Address.ToString();
    public RsaSecurityKey SigningKey => new(_key) { KeyId = KeyId };

    public static async Task<StandInIssuer> StartAsync(Action<WebApplication>? mapMore = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        StandInIssuer? issuer = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!.Issuer,
            ["jwks_uri"] = new Uri(issuer.Address, "/.well-known/jwks").ToString(),
            ["token_endpoint"] = new Uri(issuer.Address, "/connect/token").ToString(),
        }));
        app.MapGet("/.well-known/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer!._key.ExportParameters(false)) { KeyId = KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        mapMore?.Invoke(app);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        issuer = new StandInIssuer(app, address);
        return issuer;
    }

    public string Mint(
        IEnumerable<string> roles,
        string? audience = Audience,
        string? issuer = null,
        DateTime? expires = null,
        DateTime? notBefore = null,
        SigningCredentials? credentials = null,
        string subject = "user-1",
        IEnumerable<Claim>? extraClaims = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        claims.AddRange(extraClaims ?? []);
        var now = DateTime.UtcNow;
        var validUntil = expires ?? now.AddMinutes(10);
        // Valid from a minute ago, or — for an already expired token — from before it expired.
        var validFrom = notBefore ?? (validUntil < now ? validUntil.AddMinutes(-15) : now.AddMinutes(-1));
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

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
