using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ballaura.Benchmarks.Gateway;

/// <summary>HTTP load from this process, to loopback only, bounded in time.</summary>
public static class LoadGenerator
{
    public static HttpClient NewClient(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    });

    /// <summary>Closed loop: <paramref name="concurrency"/> callers, each sending as soon as its last answer arrived.</summary>
    public static async Task<LatencyStats> SaturateAsync(string name, HttpClient client, string url, int concurrency, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
            {
                if (!await SendOnceAsync(client, url, latencies))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));

        ThrowOnErrors(name, errors);
        return LatencyStats.From(name, latencies.ToArray(), stopwatch.Elapsed);
    }

    /// <summary>Open loop: requests started at a fixed rate whatever the answers do, so latency is measured below saturation.</summary>
    public static async Task<LatencyStats> AtRateAsync(string name, HttpClient client, string url, double perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var inFlight = new List<Task>();
        var total = (int)(perSecond * duration.TotalSeconds);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - stopwatch.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            inFlight.Add(SendAsync());
        }

        await Task.WhenAll(inFlight);
        ThrowOnErrors(name, errors);
        return LatencyStats.From(name, latencies.ToArray(), stopwatch.Elapsed);

        async Task SendAsync()
        {
            if (!await SendOnceAsync(client, url, latencies))
            {
                Interlocked.Increment(ref errors);
            }
        }
    }

    /// <returns>Whether the answer was a success; its latency is recorded either way.</returns>
    private static async Task<bool> SendOnceAsync(HttpClient client, string url, ConcurrentBag<double> latencies)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        await response.Content.CopyToAsync(Stream.Null);
        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response.IsSuccessStatusCode;
    }

    private static void ThrowOnErrors(string name, int errors)
    {
        if (errors > 0)
        {
            throw new InvalidOperationException($"{name}: {errors} requests failed; the figures would be meaningless.");
        }
    }
}
