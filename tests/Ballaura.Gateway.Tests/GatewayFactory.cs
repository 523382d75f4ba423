using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Ballaura.Gateway.Tests;

/// <summary>The real gateway (its Program, routes and policies) in memory, in front of the stand-in issuer and backend.</summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string WebClientOrigin = "https://portal.ballaura.test";
    public const int SignInPerMinute = 3;

    public StandInIssuerAndBackend Neighbours { get; } = new();

    public async Task InitializeAsync() => await Neighbours.InitializeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Identity:Authority", Neighbours.Issuer);
        builder.UseSetting("Gateway:RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gateway:Cors:Origins:0", WebClientOrigin);
        foreach (var service in new[] { "identity", "intake", "eligibility", "scheduling", "billing", "notifications" })
        {
            builder.UseSetting($"services:{service}:http:0", Neighbours.Address.ToString());
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Neighbours.DisposeAsync();
    }
}
