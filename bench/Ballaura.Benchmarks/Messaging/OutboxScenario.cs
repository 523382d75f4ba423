using System.Diagnostics;
using Ballaura.Messaging;
using Ballaura.Messaging.Outbox;
using Ballaura.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ballaura.Benchmarks.Messaging;

/// <summary>
/// The path every Ballaura event takes: a producer service commits a state change with its event
/// (one transaction per event, as an API request does) into its SQLite outbox; its dispatcher publishes;
/// a consumer service handles it behind the inbox, committing its own row and inbox row together.
/// Two services, two database files, one broker.
/// </summary>
public static class OutboxScenario
{
    private const int Writers = 8;

    public static async Task<LatencyStats> RunAsync(string connectionString, string directory, int messages)
    {
        var counter = new ArrivalCounter();
        using var producer = await StartServiceAsync("bench-producer", connectionString, directory, counter, consumes: false);
        using var consumer = await StartServiceAsync("bench-consumer", connectionString, directory, counter, consumes: true);

        await ProduceAsync(producer, counter, 0, messages / 10); // warm-up
        var stopwatch = Stopwatch.StartNew();
        await ProduceAsync(producer, counter, messages / 10, messages);
        var elapsed = stopwatch.Elapsed;

        var received = await InScopeAsync(consumer, db => db.Received.CountAsync());
        if (received != messages + messages / 10)
        {
            throw new InvalidOperationException($"The consumer recorded {received} messages, expected {messages + messages / 10}.");
        }

        await producer.StopAsync();
        await consumer.StopAsync();
        return LatencyStats.From("outbox → RabbitMQ → inbox (SQLite both ends)", counter.Latencies.ToArray(), elapsed);
    }

    private static async Task ProduceAsync(IHost producer, ArrivalCounter counter, int first, int count)
    {
        counter.Expect(count);
        var next = first - 1;
        var last = first + count - 1;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            int sequence;
            while ((sequence = Interlocked.Increment(ref next)) <= last)
            {
                await using var scope = producer.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
                scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new OutboxPinged(sequence, Stopwatch.GetTimestamp()));
                await db.SaveChangesAsync();
            }
        })));
        await counter.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private static async Task<IHost> StartServiceAsync(string name, string connectionString, string directory, ArrivalCounter counter, bool consumes)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = connectionString,
            ["Messaging:PrefetchCount"] = "256",
        });
        builder.Services.AddSingleton(counter);
        builder.AddBallauraMessaging<BenchDbContext>(name, consumes ? bus => bus.AddConsumer<OutboxPingedConsumer>() : null);
        var database = $"Data Source={Path.Combine(directory, name + ".db")}";
        builder.Services.AddDbContext<BenchDbContext>((sp, options) => options
            .UseBallauraSqlite(database)
            .AddInterceptors(sp.GetServices<IInterceptor>()));

        var host = builder.Build();
        await InScopeAsync(host, async db =>
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
            return await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        });
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
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
