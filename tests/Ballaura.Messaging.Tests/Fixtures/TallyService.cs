using MassTransit;
using Ballaura.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ballaura.Messaging.Tests.Fixtures;

/// <summary>
/// A service process in miniature: its own SQLite file, AddBallauraMessaging with the real broker,
/// the dispatcher and the inbox. Two instances on the same database file stand for a restart.
/// </summary>
public sealed class TallyService : IAsyncDisposable
{
    private readonly IHost _host;

    public string DatabaseFile { get; }
    public IServiceProvider Services => _host.Services;

    private TallyService(IHost host, string databaseFile)
    {
        _host = host;
        DatabaseFile = databaseFile;
    }

    public static async Task<TallyService> StartAsync(
        RabbitMqFixture broker, string serviceName, string databaseFile, bool dispatcherEnabled = true, bool startBus = true,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.ConnectionString,
            ["Messaging:Outbox:DispatcherEnabled"] = dispatcherEnabled.ToString(),
            ["Messaging:RetryMinInterval"] = "00:00:00.050",
            ["Messaging:RetryMaxInterval"] = "00:00:00.500",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddBallauraMessaging<TallyDbContext>(serviceName, bus =>
        {
            bus.AddConsumer<TallyConsumer>();
            bus.AddConsumer<TallyCountedConsumer>();
        });
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile }.ToString();
        builder.Services.AddDbContext<TallyDbContext>(optionsLifetime: ServiceLifetime.Singleton, optionsAction: (sp, options) => options
            .UseBallauraSqlite(connectionString)
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        if (!startBus)
        {
            builder.Services.RemoveAll<IHostedService>();
        }

        services?.Invoke(builder.Services);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TallyDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        if (startBus)
        {
            await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        }

        return new TallyService(host, databaseFile);
    }

    public static string NewDatabaseFile()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ballaura-messaging-tests"));
        return Path.Combine(directory.FullName, Guid.NewGuid().ToString("N") + ".db");
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, TallyDbContext, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<TallyDbContext>());
    }

    public Task<int> CountAsync(string key) => InScopeAsync(async (_, db) =>
        (await db.Tallies.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key))?.Count ?? 0);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
