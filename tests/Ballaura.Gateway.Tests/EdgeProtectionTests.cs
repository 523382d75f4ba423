using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>What the gateway does at the edge besides tokens: headers in and out, CORS, and rate limits.</summary>
public sealed class EdgeProtectionTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Headers_that_claim_an_identity_are_stripped_before_the_service()
    {
        var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/billing/cases/1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Neighbours.Mint(["patient"]));
        request.Headers.Add("X-Forwarded-User", "admin");
        request.Headers.Add("X-Ballaura-Patient-Id", "someone-else");
        request.Headers.Add("X-User-Roles", "admin");
        request.Headers.Add("X-Real-IP", "10.9.9.9");
        request.Headers.Add("X-Forwarded-For", "10.9.9.9");

        using var response = await client.SendAsync(request);

        var headers = StandInIssuerAndBackend.Echo(await response.Content.ReadAsStringAsync()).GetProperty("headers");
        Assert.False(headers.TryGetProperty("X-Forwarded-User", out _));
        Assert.False(headers.TryGetProperty("X-Ballaura-Patient-Id", out _));
        Assert.False(headers.TryGetProperty("X-User-Roles", out _));
        Assert.False(headers.TryGetProperty("X-Real-IP", out _));
        Assert.DoesNotContain("10.9.9.9", headers.TryGetProperty("X-Forwarded-For", out var forwarded) ? forwarded.GetString() : "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_api_answers_are_not_cached()
    {
        var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/intake/cases/1");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_web_client_origin_may_call_across_origins_and_others_may_not()
    {
        var client = gateway.CreateClient();

        using var allowed = await client.SendAsync(Preflight(GatewayFactory.WebClientOrigin));
        using var other = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(GatewayFactory.WebClientOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        var client = gateway.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= GatewayFactory.SignInPerMinute; i++)
        {
            answers.Add(await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.c" })));
        }

        Assert.All(answers.Take(GatewayFactory.SignInPerMinute), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task The_web_client_s_server_exchanges_codes_for_many_users_from_one_address_beyond_the_sign_in_limit()
    {
        var client = gateway.CreateClient();
        for (var i = 0; i < GatewayFactory.SignInPerMinute * 3; i++)
        {
            using var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code" }));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, token.StatusCode);
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/intake/cases");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
