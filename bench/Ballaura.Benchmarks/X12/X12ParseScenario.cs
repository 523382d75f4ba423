using System.Diagnostics;
using System.Text;
using Ballaura.X12;
using Ballaura.X12.Reading;
using Ballaura.X12.Writing;

namespace Ballaura.Benchmarks.X12;

/// <summary>
/// Streaming parse of generated X12 files of 1, 15 and 100 MB (real-shaped 270 inquiries, envelopes
/// checked): throughput, and how far the managed heap grew above where it started while parsing.
/// </summary>
public static class X12ParseScenario
{
    private static readonly X12Party Clinic = new("ZZ", "BALLAURA", "BALLAURA");
    private static readonly X12Party Payer = new("ZZ", "SANDBOXCH", "SANDBOXCH");

    public static IReadOnlyList<(string Label, string Value)> Run(string directory)
    {
        var figures = new List<(string, string)>();
        foreach (var megabytes in new[] { 1, 15, 100 })
        {
            var path = Path.Combine(directory, $"inquiries-{megabytes}mb.x12");
            var bytes = Generate(path, megabytes * 1024L * 1024);
            // Warm-up for at least two seconds: JIT tiering (on-stack replacement, then PGO) takes longer than one
            // parse of a small file, which otherwise measures the unoptimised code (measured: 1 MB at 42 vs 200 MB/s).
            var warming = Stopwatch.StartNew();
            do
            {
                Parse(path);
            }
            while (warming.Elapsed < TimeSpan.FromSeconds(2));

            // The median of three runs.
            var (segments, elapsed, heapGrowth) = Enumerable.Range(0, 3).Select(_ => Parse(path)).OrderBy(r => r.Elapsed).ElementAt(1);
            var perSecond = bytes / 1024d / 1024 / elapsed.TotalSeconds;
            Console.WriteLine($"X12 parse {megabytes,3} MB: {segments,10:N0} segments in {elapsed.TotalMilliseconds,8:N0} ms = {perSecond,6:N0} MB/s, heap growth {heapGrowth / 1024d / 1024,6:N1} MiB");
            figures.Add(($"X12 streaming parse, {megabytes} MB (goal ≥ 100 MB/s, < 64 MiB)", $"{perSecond:N0} MB/s, heap +{heapGrowth / 1024d / 1024:N1} MiB"));
            File.Delete(path);
        }

        return figures;
    }

    private static (long Segments, TimeSpan Elapsed, long HeapGrowth) Parse(string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        long segments = 0;
        using (var reader = new X12Reader(File.OpenRead(path)))
        {
            while (reader.Read() is not null)
            {
                segments++;
            }
        }

        stopwatch.Stop();
        sampling.Cancel();
        sampler.Wait();
        return (segments, stopwatch.Elapsed, Math.Max(0, peak - before));
    }

    private static long Generate(string path, long targetBytes)
    {
        using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16))
        {
            var writer = new X12Writer(file, X12Delimiters.Default, lineBreakAfterSegment: true);
            var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(-8));
            writer.BeginInterchange(Clinic, Payer, at, 1, production: false);
            writer.BeginGroup("HS", Clinic, Payer, at, 1, "005010X279A1");
            var transaction = 0;
            while (file.BaseStream.Position < targetBytes)
            {
                transaction++;
                writer.BeginTransaction("270", transaction % 10_000, "005010X279A1");
                var member = $"MBR{transaction:D9}";
                writer.Write(new X12Segment("BHT", "0022", "13", member, "20261204", "0930"));
                writer.Write(new X12Segment("HL", "1", "", "20", "1"));
                writer.Write(new X12Segment("NM1", "PR", "2", "PREMERA BLUE CROSS", "", "", "", "", "PI", "47570"));
                writer.Write(new X12Segment("HL", "2", "1", "21", "1"));
                writer.Write(new X12Segment("NM1", "1P", "2", "BALLAURA MASSAGE", "", "", "", "", "XX", "1234567893"));
                writer.Write(new X12Segment("HL", "3", "2", "22", "0"));
                writer.Write(new X12Segment("TRN", "1", member, "9BALLAURA0"));
                writer.Write(new X12Segment("NM1", "IL", "1", "WHITFIELD", "DANA", "", "", "", "MI", member));
                writer.Write(new X12Segment("DMG", "D8", "19840317"));
                writer.Write(new X12Segment("DTP", "291", "D8", "20261210"));
                writer.Write(new X12Segment("EQ", "BE"));
                writer.EndTransaction();
            }

            writer.EndGroup();
            writer.EndInterchange();
        }

        return new FileInfo(path).Length;
    }
}
