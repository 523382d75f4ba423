using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ballaura.EndToEndTests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Ballaura.EndToEndTests;

/// <summary>
/// The whole system as the AppHost runs it (broker, five services, gateway), started once for the
/// collection, with its own data directory and broker ports so it never collides with a developer's run.
/// </summary>
public sealed class BallauraAppFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["intake", "eligibility", "scheduling", "billing", "notifications"];

    /// <summary>The development accounts' password and the phone system's secret for this run (the AppHost's secret parameters).</summary>
    public static readonly string SeedPassword = "e2e-" + Guid.NewGuid().ToString("N");
    public static readonly string PhoneSystemSecret = "e2e-" + Guid.NewGuid().ToString("N");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ballaura-e2e", Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? _app;

    /// <summary>Anonymous calls through the gateway.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>Tokens of the development accounts, each obtained once through the real sign-in flow.</summary>
    public Principals Principals { get; private set; } = null!;

    /// <summary>A service's own address, bypassing the gateway (what an attacker inside the network would call).</summary>
    public Uri ServiceAddress(string service) => _app!.GetEndpoint(service, "http");

    public string MailDirectory => Path.Combine(_directory, "data", "mail");

    public string DataDirectory => Path.Combine(_directory, "data");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            [
                "Messaging:Local:Port=0",
                $"Messaging:Local:Directory={Path.Combine(_directory, "rabbitmq")}",
                $"Data:Directory={Path.Combine(_directory, "data")}",
                $"Parameters:identity-seed-password={SeedPassword}",
                $"Parameters:phone-system-secret={PhoneSystemSecret}",
            ],
            (options, _) => options.DisableDashboard = true);

        // Every test signs in from the same address: the per-address sign-in limit is tested on its own (gateway tests).
        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway");
        builder.CreateResourceBuilder(gateway).WithEnvironment("Gateway__RateLimits__SignInPerMinute", "10000");

        // The testing host forwards each resource's console output to its own loggers; keep every line.
        builder.Services.AddLogging(logging => logging
            .AddProvider(new ResourceLogCapture(_logLines))
            .AddFilter<ResourceLogCapture>((category, _) => category?.Contains(".Resources.", StringComparison.Ordinal) == true));
        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await _app.StartAsync(startup.Token);
        foreach (var resource in Services.Append("identity").Append("gateway"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        }

        Gateway = _app.CreateHttpClient("gateway");
        GatewayAddress = _app.GetEndpoint("gateway", "http");
        Principals = new Principals(new TokenClient(GatewayAddress));
    }

    /// <summary>Every line every service and the gateway wrote to their logs so far.</summary>
    public IReadOnlyCollection<string> LogLines => _logLines;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _logLines = new();


    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Principals?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<BallauraAppFixture>
{
    public const string Name = "system";
}
