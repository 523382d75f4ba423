using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Azure.Storage.Blobs;
using Ballaura.Testing.Azurite;
using Ballaura.EndToEndTests.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Ballaura.EndToEndTests;

/// <summary>
/// The whole system as the AppHost runs it (broker, five services, gateway), started once for the
/// collection, with its own data directory and broker ports so it never collides with a developer's run.
/// Intake keeps documents in a blob store (Azurite), as in production.
/// </summary>
public sealed class BallauraAppFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["intake", "eligibility", "scheduling", "billing", "notifications"];

    /// <summary>The development accounts' password and the phone system's secret for this run (the AppHost's secret parameters).</summary>
    public static readonly string SeedPassword = "e2e-" + Guid.NewGuid().ToString("N");
    public static readonly string PhoneSystemSecret = "e2e-" + Guid.NewGuid().ToString("N");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ballaura-e2e", Guid.NewGuid().ToString("N")[..8]);
    private readonly AzuriteFixture _blobStorage = new();
    private readonly string _documentContainer = "e2e-" + Guid.NewGuid().ToString("N")[..12];
    private DistributedApplication? _app;

    /// <summary>The blob container where Intake keeps this run's documents.</summary>
    public BlobContainerClient Documents => new(_blobStorage.ConnectionString, _documentContainer);

    /// <summary>Anonymous calls through the gateway.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>Tokens of the development accounts, each obtained once through the real sign-in flow.</summary>
    public Principals Principals { get; private set; } = null!;

    /// <summary>A service's own address, bypassing the gateway (what an attacker inside the network would call).</summary>
    public Uri ServiceAddress(string service) => _app!.GetEndpoint(service, "http");

    public string MailDirectory => Path.Combine(_runDirectory, "data", "mail");

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _states = new();
    private string _runDirectory = "";

    /// <summary>
    /// Starts the system; a start that hangs is stopped and tried once more from scratch (with the states and
    /// last log lines of the first attempt printed), and a second hang fails every test with that diagnosis.
    /// </summary>
    public async Task InitializeAsync()
    {
        await _blobStorage.InitializeAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync(attempt);
                return;
            }
            catch (OperationCanceledException)
            {
                var diagnosis = $"The system did not start within {StartupTimeout.TotalMinutes} minutes (attempt {attempt}). "
                    + $"Resources: {string.Join(", ", _states.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}. "
                    + $"Last log lines:{Environment.NewLine}{string.Join(Environment.NewLine, _logLines.TakeLast(40))}";
                Console.Error.WriteLine(diagnosis);
                await StopAsync();
                if (attempt == 2)
                {
                    throw new TimeoutException(diagnosis);
                }
            }
        }
    }

    private async Task StartAsync(int attempt)
    {
        _runDirectory = Path.Combine(_directory, $"attempt-{attempt}");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ballaura_AppHost>(
            [
                "Messaging:Local:Port=0",
                $"Messaging:Local:Directory={Path.Combine(_runDirectory, "rabbitmq")}",
                $"Data:Directory={Path.Combine(_runDirectory, "data")}",
                $"Parameters:identity-seed-password={SeedPassword}",
                $"Parameters:phone-system-secret={PhoneSystemSecret}",
                $"Parameters:eligibility-client-secret=e2e-{Guid.NewGuid():N}",
                $"Parameters:scheduling-client-secret=e2e-{Guid.NewGuid():N}",
                $"Parameters:billing-client-secret=e2e-{Guid.NewGuid():N}",
                $"Parameters:notifications-client-secret=e2e-{Guid.NewGuid():N}",
                "Documents:Store=AzureBlob",
                $"Documents:Container={_documentContainer}",
                $"ConnectionStrings:documents={_blobStorage.ConnectionString}",
            ],
            (options, _) => options.DisableDashboard = true);

        // Every test signs in from the same address: the per-address sign-in limit is tested on its own (gateway tests).
        var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "gateway");
        // Likewise every test is one of a handful of callers: per-caller and upload limits are the gateway tests' matter.
        builder.CreateResourceBuilder(gateway)
            .WithEnvironment("Gateway__RateLimits__SignInPerMinute", "10000")
            .WithEnvironment("Gateway__RateLimits__PerCallerPerMinute", "100000")
            .WithEnvironment("Gateway__RateLimits__UploadsPerMinute", "100000");

        // A refused e-mail is tried again after a second, not half a minute (the backoff's growth is the unit tests' matter).
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "notifications"))
            .WithEnvironment("Notifications__Sending__RetryBaseSeconds", "1")
            .WithEnvironment("Notifications__Sending__IntervalMilliseconds", "250")
            .WithEnvironment("Notifications__Sending__ReceiptIntervalSeconds", "1")
            // No quiet hours by default, so texts go out whatever time the suite runs; quiet hours are unit-tested.
            .WithEnvironment("Notifications__Sending__QuietStart", "00:00")
            .WithEnvironment("Notifications__Sending__QuietEnd", "00:00");

        // Tests book the same two patients one visit after another from now on, so a test's visit may start hours ahead:
        // check-in opens 12 hours before instead of 2 (the window itself is tested with a visit further ahead).
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "scheduling"))
            .WithEnvironment("Scheduling__CheckInOpensBefore", "12:00:00");

        // Claims go to the clearinghouse when a test asks (POST /claims/submissions), never behind a test's back.
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "billing"))
            .WithEnvironment("Billing__Clearinghouse__IntervalSeconds", "86400");

        // Payer timings in seconds instead of minutes, so that resilience tests see many rounds; the 90-second CORE
        // window itself is covered by the unit tests of the round decision.
        var eligibility = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "eligibility");
        foreach (var (key, value) in EligibilityTimings)
        {
            builder.CreateResourceBuilder(eligibility).WithEnvironment(key, value);
        }

        // The testing host forwards each resource's console output to its own loggers; keep every line.
        builder.Services.AddLogging(logging => logging
            .AddProvider(new ResourceLogCapture(_logLines))
            .AddFilter<ResourceLogCapture>((category, _) => category?.Contains(".Resources.", StringComparison.Ordinal) == true));
        _app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartupTimeout);
        _ = WatchStatesAsync(_app, startup.Token);
        await _app.StartAsync(startup.Token);
        foreach (var resource in Services.Append("identity").Append("gateway").Append("payer-sandbox").Append("contact-sandbox").Append("web"))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        }

        Gateway = _app.CreateHttpClient("gateway");
        GatewayAddress = _app.GetEndpoint("gateway", "http");
        Principals = new Principals(new TokenClient(GatewayAddress));
        PayerSandbox = _app.CreateHttpClient("payer-sandbox");
        ContactSandbox = _app.CreateHttpClient("contact-sandbox");
        WebAddress = _app.GetEndpoint("web", "http");
        MessagingConnectionString = await _app.GetConnectionStringAsync("messaging", startup.Token)
            ?? throw new InvalidOperationException("The AppHost gave the broker no connection string.");
    }

    public static readonly IReadOnlyDictionary<string, string> EligibilityTimings = new Dictionary<string, string>
    {
        ["Eligibility__Verification__RescheduleBase"] = "00:00:01",
        ["Eligibility__Verification__RescheduleMax"] = "00:00:04",
        ["Eligibility__Verification__PollInterval"] = "00:00:00.200",
        ["Eligibility__Payers__AttemptTimeout"] = "00:00:02",
        ["Eligibility__Payers__TotalTimeout"] = "00:00:06",
        ["Eligibility__Payers__ResendAfterUnanswered"] = "00:00:04",
        ["Eligibility__Payers__BreakerBreakDuration"] = "00:00:03",
    };

    /// <summary>The payer sandbox's own API (fault switches, received inquiries); never reachable through the gateway.</summary>
    public HttpClient PayerSandbox { get; private set; } = null!;

    /// <summary>The web client's address, as a browser opens it.</summary>
    public Uri WebAddress { get; private set; } = null!;

    /// <summary>The mail server's inbox, the SMS provider and their fault switches; never reachable through the gateway.</summary>
    public HttpClient ContactSandbox { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    private async Task WatchStatesAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                _states[change.Resource.Name] = $"{change.Snapshot.State?.Text ?? "?"}/{change.Snapshot.HealthStatus?.ToString() ?? "-"}";
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task StopAsync()
    {
        if (_app is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _app.StopAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }

            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Every line every service and the gateway wrote to their logs so far.</summary>
    public IReadOnlyCollection<string> LogLines => _logLines;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _logLines = new();

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        PayerSandbox?.Dispose();
        Principals?.Dispose();
        await StopAsync();
        await _blobStorage.DisposeAsync();

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
