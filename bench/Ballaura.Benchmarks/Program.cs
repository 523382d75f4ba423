using Ballaura.Benchmarks.Billing;
using Ballaura.Benchmarks.Eligibility;
using Ballaura.Benchmarks.Gateway;
using Ballaura.Benchmarks.Messaging;
using Ballaura.Benchmarks.Notifications;
using Ballaura.Benchmarks.Scheduling;
using Ballaura.Benchmarks.X12;
using Ballaura.Testing.Broker;

// Usage: Ballaura.Benchmarks [messaging|gateway|x12|verification|scheduling|billing|notifications|all] [--messages N] [--seconds S]
// Starts its own private RabbitMQ node (not for x12 or billing); every load goes to 127.0.0.1 and stops by itself.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
// 60,000: with 20,000 the baseline was still getting faster (9,400/s against 16,000–17,800/s at 60,000 and 120,000),
// while the outbox path was the same at every size; a shorter run flattered the ratio.
var messages = IntOption("--messages", 60_000);
var seconds = IntOption("--seconds", 10);

var root = RepositoryRoot();
var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ballaura-bench", Guid.NewGuid().ToString("N")[..8])).FullName;
await using var broker = what is "x12" or "billing" or "notifications" ? null : await LocalBrokerProcess.StartAsync();
Console.WriteLine($"Ballaura benchmarks on {Environment.ProcessorCount} cores, broker {broker?.Node.NodeName ?? "(none)"}");
var figures = new List<(string Label, string Value)>();

if (what is "messaging" or "all")
{
    var baseline = await BaselineScenario.RunAsync(broker!.Node.ConnectionString, messages);
    var (outbox, outboxLatency, inboxGroups) = await OutboxScenario.RunAsync(broker.Node.ConnectionString, directory, messages);
    Console.WriteLine(baseline);
    Console.WriteLine(outbox);
    Console.WriteLine(outboxLatency);
    figures.Add(("outbox/baseline throughput (goal ≥ 0.70)", $"{outbox.PerSecond / baseline.PerSecond:N2}"));
    figures.Add(("backlog's inbox group commits", inboxGroups));
}

if (what is "gateway" or "all")
{
    figures.AddRange(await GatewayScenario.RunAsync(root, broker!.Node.ConnectionString, directory, TimeSpan.FromSeconds(seconds)));
}

if (what is "verification" or "all")
{
    figures.AddRange(await VerificationScenario.RunAsync(root, broker!.Node.ConnectionString, directory, TimeSpan.FromSeconds(Math.Max(seconds, 20))));
}

if (what is "scheduling" or "all")
{
    figures.AddRange(await SchedulingScenario.RunAsync(root, broker!.Node.ConnectionString, directory));
}

if (what is "billing" or "all")
{
    figures.AddRange(await RemittanceScenario.RunAsync(directory));
}

if (what is "notifications" or "all")
{
    figures.AddRange(await EmailScenario.RunAsync(Math.Min(messages, 500)));
}

if (what is "x12" or "all")
{
    figures.AddRange(X12ParseScenario.Run(directory));
}

Console.WriteLine();
foreach (var (label, value) in figures)
{
    Console.WriteLine($"{label,-60} {value}");
}

try
{
    Directory.Delete(directory, recursive: true);
}
catch (IOException)
{
}

int IntOption(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ballaura.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
