using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xunit;

namespace Ballaura.EndToEndTests;

/// <summary>
/// The whole system as the AppHost runs it (broker, five services, gateway), started once for the
/// collection, with its own data directory and broker ports so it never collides with a developer's run.
/// </summary>
public sealed class BallauraAppFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["intake", "eligibility", "scheduling", "billing", "notifications"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ballaura-e2e", Guid.NewGuid().ToString("N")[..8]);
    private DistributedApplication? _app;

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            [
                "Messaging:Local:Port=0",
                $"Messaging:Local:Directory={Path.Combine(_directory, "rabbitmq")}",
                $"Data:Directory={Path.Combine(_directory, "data")}",
            ],
            (options, _) => options.DisableDashboard = true);

        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await _app.StartAsync(startup.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        }

        Gateway = _app.CreateHttpClient("gateway");
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
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
