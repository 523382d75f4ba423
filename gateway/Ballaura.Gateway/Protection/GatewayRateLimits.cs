using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Ballaura.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Ballaura.Gateway.Protection;

public sealed class RateLimitOptions
{
    public int PerCallerPerMinute { get; set; } = 600;
    public int AnonymousPerMinute { get; set; } = 300;

    /// <summary>Sign-in, sign-up and password-reset attempts per client address: slows down password guessing.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>
    /// Token requests per client address. Higher than sign-ins: the web client's server exchanges every user's code and
    /// refreshes every session from one address, and no grant here takes a password (codes come from a sign-in, which is
    /// limited; client secrets are long random values).
    /// </summary>
    public int TokenPerMinute { get; set; } = 600;

    public int UploadsPerMinute { get; set; } = 30;
}

/// <summary>
/// Named policies the routes pick ("RateLimiterPolicy" in the route config). A signed-in caller is counted
/// by their token's subject (so a clinic behind one address is not throttled as one), anyone else by address.
/// Over the limit: 429 with Retry-After and problem details.
/// </summary>
public static class GatewayRateLimits
{
    public const string PerCaller = "per-caller";
    public const string Anonymous = "anonymous";
    public const string SignIn = "sign-in";
    public const string Token = "token";
    public const string Uploads = "uploads";

    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Gateway:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerCaller, context => Bucket(CallerKey(context), limits.PerCallerPerMinute));
            options.AddPolicy(Uploads, context => Bucket(CallerKey(context), limits.UploadsPerMinute));
            options.AddPolicy(Anonymous, context => Bucket(AddressKey(context), limits.AnonymousPerMinute));
            options.AddPolicy(SignIn, context => PerMinute(AddressKey(context), limits.SignInPerMinute));
            options.AddPolicy(Token, context => PerMinute(AddressKey(context), limits.TokenPerMinute));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static RateLimitPartition<string> Bucket(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, perMinute / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string CallerKey(HttpContext context) =>
        context.User.FindFirstValue(BallauraClaims.Subject) is { } subject ? "sub:" + subject : AddressKey(context);

    private static string AddressKey(HttpContext context) =>
        "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"Please wait {Math.Ceiling(retryAfter.TotalSeconds):0} seconds and try again.",
        }, options: null, contentType: "application/problem+json", cancellationToken);
    }
}
