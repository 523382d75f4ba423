using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>Which tokens get past the gateway: only unexpired RS256 tokens from our issuer, for our API.</summary>
public sealed class TokenValidationTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private StandInIssuerAndBackend Issuer => gateway.Neighbours;

    [Fact]
    public async Task A_valid_token_reaches_the_service_with_the_token_forwarded()
    {
        var token = Issuer.Mint(["front-desk"]);

        using var response = await SendAsync("/api/intake/cases/42", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = StandInIssuerAndBackend.Echo(await response.Content.ReadAsStringAsync());
        Assert.Equal("/api/intake/cases/42", echo.GetProperty("path").GetString());
        Assert.Equal($"Bearer {token}", echo.GetProperty("headers").GetProperty("Authorization").GetString());
    }

    [Fact]
    public async Task No_token_is_401_with_a_bearer_challenge()
    {
        using var response = await SendAsync("/api/intake/cases/42", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    public static TheoryData<string> BadTokens => new(["expired", "not-yet-valid", "wrong-audience", "no-audience", "wrong-issuer", "unknown-key", "alg-none", "hs256-with-public-key", "tampered"]);

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401_and_never_reaches_a_service(string kind)
    {
        using var response = await SendAsync("/api/intake/cases/42", Bad(kind));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("\"path\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_routes_need_the_admin_role_at_the_gateway_already()
    {
        using var billing = await SendAsync("/api/identity/audit/patients/1", Issuer.Mint(["billing"]));
        using var admin = await SendAsync("/api/identity/audit/patients/1", Issuer.Mint(["admin"]));

        Assert.Equal(HttpStatusCode.Forbidden, billing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_surface_is_open_without_a_token()
    {
        using var response = await SendAsync("/connect/authorize?client_id=x", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string Bad(string kind)
    {
        var now = DateTime.UtcNow;
        switch (kind)
        {
            case "expired":
                return Issuer.Mint(["admin"], expires: now.AddMinutes(-5));
            case "not-yet-valid":
                return Issuer.Mint(["admin"], notBefore: now.AddMinutes(5), expires: now.AddMinutes(20));
            case "wrong-audience":
                return Issuer.Mint(["admin"], audience: "someone-elses-api");
            case "no-audience":
                return Issuer.Mint(["admin"], audience: null);
            case "wrong-issuer":
                return Issuer.Mint(["admin"], issuer: "https://evil.example/");
            case "unknown-key":
                return Issuer.Mint(["admin"], credentials: new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stand-in-1" }, SecurityAlgorithms.RsaSha256));
            case "alg-none":
            {
                var parts = Issuer.Mint(["admin"]).Split('.');
                return $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
            }

            case "hs256-with-public-key":
            {
                // Key confusion: sign with HMAC using the public key's bytes as the shared secret.
                var publicKey = Issuer.SigningKey.Rsa.ExportSubjectPublicKeyInfo();
                return Issuer.Mint(["admin"], credentials: new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = "stand-in-1" }, SecurityAlgorithms.HmacSha256));
            }

            case "tampered":
            {
                var parts = Issuer.Mint(["patient"]).Split('.');
                var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("\"patient\"", "\"admin\"", StringComparison.Ordinal);
                return $"{parts[0]}.{Base64Url(payload)}.{parts[2]}";
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? token)
    {
        var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static string Base64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}
