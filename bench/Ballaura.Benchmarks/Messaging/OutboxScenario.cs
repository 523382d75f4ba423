using System.Diagnostics;
using Ballaura.Messaging;
using Ballaura.Messaging.Outbox;
using Ballaura.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ballaura.Benchmarks.Messaging;

/// <summary>
/// The path every Ballaura event takes: a producer service's outbox rows (SQLite) → its dispatcher →
/// RabbitMQ → a consumer service's inbox, which commits its own row and inbox row together (SQLite).
/// Two services, two database files, one broker, one process (as the baseline).
/// Throughput: a backlog of committed events (as after an outage) until the last is consumed.
/// Latency: events committed one per transaction at a steady rate, commit → consumed.
/// </summary>
public static class OutboxScenario
{
    private const int FillWriters = 4;

    public static async Task<(LatencyStats Throughput, LatencyStats Latency, string Groups)> RunAsync(string connectionString, string directory, int messages)
    {
        var counter = new ArrivalCounter();
        using var consumer = await StartServiceAsync("bench-consumer", connectionString, directory, counter, ServiceRole.Consumer);

        // A first backlog of the same size only warms the whole path up: the JIT keeps optimising a path this
        // long (tiered compilation) for seconds. The baseline is warmed up the same way.
        var warmUp = messages;
        await DrainBacklogAsync(connectionString, directory, counter, firstSequence: 0, warmUp);
        var groups = new InboxGroupSizes();
        var throughput = await DrainBacklogAsync(connectionString, directory, counter, firstSequence: warmUp, messages);
        groups.Dispose();

        using var producer = await StartServiceAsync("bench-producer", connectionString, directory, counter, ServiceRole.Producer);
        var rate = Math.Max(50, Math.Round(throughput.PerSecond / 2 / 50) * 50);
        var latency = await ProduceAtRateAsync(producer, counter, warmUp + messages, rate, TimeSpan.FromSeconds(5));

        var expected = warmUp + messages + latency.Count;
        var received = await InScopeAsync(consumer, db => db.Received.CountAsync());
        if (received != expected)
        {
            throw new InvalidOperationException($"The consumer recorded {received} messages, expected {expected}: something was lost or doubled.");
        }

        await producer.StopAsync();
        await consumer.StopAsync();
        return (throughput, latency, groups.ToString());
    }

    /// <summary>
    /// Commits a backlog while no dispatcher runs, then starts the producer and waits until the consumer has it all.
    /// Timed from the first event consumed to the last: the pace of the path, not of the producer's start-up.
    /// </summary>
    private static async Task<LatencyStats> DrainBacklogAsync(string connectionString, string directory, ArrivalCounter counter, int firstSequence, int count)
    {
        await FillOutboxAsync(connectionString, directory, counter, firstSequence, count);
        counter.Expect(count);
        using var producer = await StartServiceAsync("bench-producer", connectionString, directory, counter, ServiceRole.Producer);
        await counter.WaitAsync(TimeSpan.FromMinutes(5));
        var stats = LatencyStats.From("outbox backlog → RabbitMQ → inbox", counter.Latencies.ToArray(), counter.ArrivalSpan);
        await producer.StopAsync();
        return stats;
    }

    /// <summary>Commits the backlog while no dispatcher runs, the way events pile up during a broker outage.</summary>
    private static async Task FillOutboxAsync(string connectionString, string directory, ArrivalCounter counter, int firstSequence, int count)
    {
        using var writer = await StartServiceAsync("bench-producer", connectionString, directory, counter, ServiceRole.WriterOnly);
        var next = firstSequence - 1;
        await Task.WhenAll(Enumerable.Range(0, FillWriters).Select(_ => Task.Run(async () =>
        {
            int sequence;
            while ((sequence = Interlocked.Increment(ref next)) < firstSequence + count)
            {
                await CommitEventAsync(writer, sequence);
            }
        })));
        await writer.StopAsync();
    }

    private static async Task<LatencyStats> ProduceAtRateAsync(IHost producer, ArrivalCounter counter, int firstSequence, double perSecond, TimeSpan duration)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        counter.Expect(count);
        var stopwatch = Stopwatch.StartNew();
        var commits = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / perSecond) - stopwatch.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            commits.Add(CommitEventAsync(producer, firstSequence + i));
        }

        await Task.WhenAll(commits);
        await counter.WaitAsync(TimeSpan.FromMinutes(5));
        return LatencyStats.From($"outbox commit → inbox commit at {perSecond:N0}/s", counter.Latencies.ToArray(), stopwatch.Elapsed);
    }

    private static async Task CommitEventAsync(IHost service, int sequence)
    {
        await using var scope = service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new OutboxPinged(sequence, Stopwatch.GetTimestamp()));
        await scope.ServiceProvider.GetRequiredService<BenchDbContext>().SaveChangesAsync();
    }

    private enum ServiceRole
    {
        WriterOnly,
        Producer,
        Consumer,
    }

    private static async Task<IHost> StartServiceAsync(string name, string connectionString, string directory, ArrivalCounter counter, ServiceRole role)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = connectionString,
        });
        builder.Services.AddSingleton(counter);
        builder.AddBallauraMessaging<BenchDbContext>(name, role == ServiceRole.Consumer ? bus => bus.AddConsumer<OutboxPingedConsumer>() : null);
        var database = $"Data Source={Path.Combine(directory, name + ".db")}";
        builder.Services.AddDbContext<BenchDbContext>(
            (sp, options) => options.UseBallauraSqlite(database).AddInterceptors(sp.GetServices<IInterceptor>()),
            optionsLifetime: ServiceLifetime.Singleton);
        if (role == ServiceRole.WriterOnly)
        {
            builder.Services.RemoveAll<IHostedService>();
        }

        var host = builder.Build();
        if (role != ServiceRole.Producer)
        {
            await InScopeAsync(host, async db =>
            {
                await db.Database.EnsureDeletedAsync();
                return await db.Database.EnsureCreatedAsync();
            });
        }

        await host.StartAsync();
        if (role != ServiceRole.WriterOnly)
        {
            await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        }

        return host;
    }

    private static async Task<T> InScopeAsync<T>(IHost host, Func<BenchDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BenchDbContext>());
    }

    private sealed class OutboxPingedConsumer(BenchDbContext db, ArrivalCounter counter) : IConsumer<OutboxPinged>
    {
        public Task Consume(ConsumeContext<OutboxPinged> context)
        {
            db.Received.Add(new Received { Sequence = context.Message.Sequence });
            // Counted before the inbox commits this row: one local SQLite commit earlier than the truth.
            counter.Arrived(context.Message.CreatedTicks);
            return Task.CompletedTask;
        }
    }
}
