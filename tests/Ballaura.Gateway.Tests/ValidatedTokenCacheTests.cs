using System.Security.Claims;
using System.Text;
using Ballaura.Security.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>The validated-token cache: the signature check once per token, never beyond its expiry, never a failure kept.</summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly Clock _clock = new(Now);
    private readonly CountingHandler _inner = new();

    [Fact]
    public async Task The_same_token_is_checked_once_and_each_request_gets_its_own_identity()
    {
        var cache = new ValidatedTokenCache(_inner, _clock);
        var token = Token(expires: Now.AddMinutes(15));

        var first = await cache.ValidateTokenAsync(token, new TokenValidationParameters());
        var second = await cache.ValidateTokenAsync(token, new TokenValidationParameters());
        second.ClaimsIdentity.AddClaim(new Claim("role", "admin"));
        var third = await cache.ValidateTokenAsync(token, new TokenValidationParameters());

        Assert.Equal(1, _inner.Calls);
        Assert.True(second.IsValid && third.IsValid);
        Assert.Equal("patient-1", third.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Null(third.ClaimsIdentity.FindFirst("role"));
        Assert.NotSame(first.ClaimsIdentity, third.ClaimsIdentity);
    }

    [Fact]
    public async Task A_remembered_token_is_checked_again_after_a_minute_and_never_used_past_its_expiry()
    {
        var cache = new ValidatedTokenCache(_inner, _clock);
        var longLived = Token(expires: Now.AddMinutes(15));
        var expiring = Token(expires: Now.AddSeconds(20));
        await cache.ValidateTokenAsync(longLived, new TokenValidationParameters());
        await cache.ValidateTokenAsync(expiring, new TokenValidationParameters());

        _clock.Advance(TimeSpan.FromSeconds(30));
        await cache.ValidateTokenAsync(expiring, new TokenValidationParameters());
        await cache.ValidateTokenAsync(longLived, new TokenValidationParameters());
        Assert.Equal(3, _inner.Calls);

        _clock.Advance(ValidatedTokenCache.MaxAge);
        await cache.ValidateTokenAsync(longLived, new TokenValidationParameters());
        Assert.Equal(4, _inner.Calls);
    }

    [Fact]
    public async Task A_refused_token_is_checked_again_every_time()
    {
        var cache = new ValidatedTokenCache(_inner, _clock);
        _inner.Refuse = true;
        var token = Token(expires: Now.AddMinutes(15));

        Assert.False((await cache.ValidateTokenAsync(token, new TokenValidationParameters())).IsValid);
        Assert.False((await cache.ValidateTokenAsync(token, new TokenValidationParameters())).IsValid);

        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task Another_token_of_the_same_user_is_checked_on_its_own()
    {
        var cache = new ValidatedTokenCache(_inner, _clock);

        await cache.ValidateTokenAsync(Token(expires: Now.AddMinutes(15)), new TokenValidationParameters());
        await cache.ValidateTokenAsync(Token(expires: Now.AddMinutes(14)), new TokenValidationParameters());

        Assert.Equal(2, _inner.Calls);
    }

    /// <summary>An unsigned JWT: the fake inner handler below decides validity, the cache only reads the expiry.</summary>
    private static string Token(DateTimeOffset expires)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part($"{{\"sub\":\"patient-1\",\"exp\":{expires.ToUnixTimeSeconds()}}}")}.";
    }

    private sealed class CountingHandler : TokenHandler
    {
        public int Calls { get; private set; }
        public bool Refuse { get; set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            var jwt = new JsonWebToken(token);
            return Task.FromResult(Refuse
                ? new TokenValidationResult { IsValid = false, Exception = new SecurityTokenInvalidSignatureException("bad signature") }
                : new TokenValidationResult { IsValid = true, SecurityToken = jwt, ClaimsIdentity = new ClaimsIdentity(jwt.Claims, "Bearer") });
        }
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
