using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ballaura.Benchmarks.Messaging;

/// <summary>
/// Plain MassTransit publish → consume on the same broker, configured as the platform note measured it
/// (publisher confirms, prefetch 256, 64 concurrent consumers, 100 publishes in flight). The yardstick.
/// </summary>
public static class BaselineScenario
{
    public static async Task<LatencyStats> RunAsync(string connectionString, int messages)
    {
        var counter = new ArrivalCounter();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(counter);
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<BaselineConsumer>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), h => h.PublisherConfirmation = true);
                rabbit.ReceiveEndpoint("bench-baseline", e =>
                {
                    e.PrefetchCount = 256;
                    e.ConcurrentMessageLimit = 64;
                    e.ConfigureConsumer<BaselineConsumer>(context);
                });
            });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));

        await PublishAsync(bus, counter, messages); // warm-up, as long as the measured run
        var stopwatch = Stopwatch.StartNew();
        await PublishAsync(bus, counter, messages);
        var elapsed = stopwatch.Elapsed;
        var stats = LatencyStats.From("baseline: MassTransit publish → consume", counter.Latencies.ToArray(), elapsed);
        await host.StopAsync();
        return stats;
    }

    private static async Task PublishAsync(IBus bus, ArrivalCounter counter, int messages)
    {
        counter.Expect(messages);
        using var window = new SemaphoreSlim(100);
        var inFlight = new List<Task>(messages);
        for (var i = 0; i < messages; i++)
        {
            await window.WaitAsync();
            inFlight.Add(PublishOneAsync(i));
        }

        async Task PublishOneAsync(int sequence)
        {
            try
            {
                await bus.Publish(new BaselinePinged(sequence, Stopwatch.GetTimestamp()));
            }
            finally
            {
                window.Release();
            }
        }

        await Task.WhenAll(inFlight);
        await counter.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private sealed class BaselineConsumer(ArrivalCounter counter) : IConsumer<BaselinePinged>
    {
        public Task Consume(ConsumeContext<BaselinePinged> context)
        {
            counter.Arrived(context.Message.CreatedTicks);
            return Task.CompletedTask;
        }
    }
}
