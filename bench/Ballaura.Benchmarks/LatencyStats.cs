namespace Ballaura.Benchmarks;

/// <summary>Throughput and latency percentiles of one measured run.</summary>
public sealed record LatencyStats(string Name, int Count, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public static LatencyStats From(string name, IReadOnlyCollection<double> latenciesMs, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LatencyStats(name, sorted.Length, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public override string ToString() =>
        $"{Name,-44} {Count,8} {PerSecond,12:N0}/s   p50 {P50Ms,8:N2} ms   p99 {P99Ms,8:N2} ms";
}
