using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.AppHost.Messaging;
using Ballaura.Testing.Identity;

namespace Ballaura.Benchmarks.Gateway;

/// <summary>
/// The same requests straight to Intake and through the YARP gateway (resolved by service discovery, as
/// in production): a database read (GET a case with a token, which also writes its PHI audit entry), and
/// a trivial endpoint (/alive, via bench-only routes). The trivial endpoint goes through the gateway twice:
/// without a token on an open route, and with a token on a route whose policy needs a staff role, so the
/// cost of the gateway's token validation and authorization shows on its own.
/// </summary>
public static class GatewayScenario
{
    private const int Concurrency = 64;
    private const int Rounds = 3;

    public static async Task<IReadOnlyList<(string Label, string Value)>> RunAsync(
        string repositoryRoot, string connectionString, string directory, TimeSpan duration)
    {
        await using var issuer = await StandInIssuer.StartAsync();
        var intakePort = LocalRabbitMqNode.FreeTcpPort();
        var gatewayPort = LocalRabbitMqNode.FreeTcpPort();
        await using var intake = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "services/Intake/Ballaura.Intake", "Ballaura.Intake.dll"), intakePort,
            new Dictionary<string, string>
            {
                ["ConnectionStrings__messaging"] = connectionString,
                ["ConnectionStrings__intakedb"] = $"Data Source={Path.Combine(directory, "intake.db")}",
                ["Identity__Authority"] = issuer.Issuer,
            });
        await using var gateway = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "gateway/Ballaura.Gateway", "Ballaura.Gateway.dll"), gatewayPort,
            new Dictionary<string, string>
            {
                ["services__intake__http__0"] = intake.BaseAddress,
                ["Identity__Authority"] = issuer.Issuer,
                ["Gateway__RateLimits__PerCallerPerMinute"] = "100000000",
                ["Gateway__RateLimits__AnonymousPerMinute"] = "100000000",
                ["ReverseProxy__Routes__bench-alive__ClusterId"] = "intake",
                ["ReverseProxy__Routes__bench-alive__AuthorizationPolicy"] = "anonymous",
                ["ReverseProxy__Routes__bench-alive__Match__Path"] = "/bench/intake/alive",
                ["ReverseProxy__Routes__bench-alive__Transforms__0__PathSet"] = "/alive",
                ["ReverseProxy__Routes__bench-alive-checked__ClusterId"] = "intake",
                ["ReverseProxy__Routes__bench-alive-checked__AuthorizationPolicy"] = "staff",
                ["ReverseProxy__Routes__bench-alive-checked__Match__Path"] = "/bench/checked/alive",
                ["ReverseProxy__Routes__bench-alive-checked__Transforms__0__PathSet"] = "/alive",
            });

        using var anonymous = LoadGenerator.NewClient(Concurrency);
        using var client = LoadGenerator.NewClient(Concurrency);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", issuer.Mint(["front-desk"], expires: DateTime.UtcNow.AddHours(1)));
        var caseUrl = await SeedCaseAsync(client, intake.BaseAddress);
        // As long as a measured run: the first seconds under load are still JIT tiering (measured here: the
        // first of two identical runs came out at less than half the throughput of the second).
        var warmUp = duration;
        foreach (var url in new[] { intake.BaseAddress + caseUrl, gateway.BaseAddress + caseUrl, gateway.BaseAddress + "/bench/checked/alive" })
        {
            await LoadGenerator.SaturateAsync("warm-up", client, url, Concurrency, warmUp);
        }

        foreach (var url in new[] { intake.BaseAddress + "/alive", gateway.BaseAddress + "/bench/intake/alive" })
        {
            await LoadGenerator.SaturateAsync("warm-up", anonymous, url, Concurrency, warmUp);
        }

        var reads = await PairedAsync(
            () => LoadGenerator.SaturateAsync("direct: GET case (database read)", client, intake.BaseAddress + caseUrl, Concurrency, duration),
            () => LoadGenerator.SaturateAsync("gateway: GET case (database read)", client, gateway.BaseAddress + caseUrl, Concurrency, duration));
        var directTrivial = await LoadGenerator.SaturateAsync("direct: GET /alive (trivial)", anonymous, intake.BaseAddress + "/alive", Concurrency, duration);
        var gatewayTrivial = await LoadGenerator.SaturateAsync("gateway: GET /alive (trivial)", anonymous, gateway.BaseAddress + "/bench/intake/alive", Concurrency, duration);
        var checkedTrivial = await LoadGenerator.SaturateAsync("gateway + token check: GET /alive", client, gateway.BaseAddress + "/bench/checked/alive", Concurrency, duration);

        // Half of what the slower path (through the gateway) sustains, the same rate for both paths.
        var halfLoad = Median(reads.Select(r => Math.Min(r.Direct.PerSecond, r.Gateway.PerSecond))) / 2;
        var halves = await PairedAsync(
            () => LoadGenerator.AtRateAsync($"direct: GET case at {halfLoad:N0}/s (half load)", client, intake.BaseAddress + caseUrl, halfLoad, duration),
            () => LoadGenerator.AtRateAsync($"gateway: GET case at {halfLoad:N0}/s (half load)", client, gateway.BaseAddress + caseUrl, halfLoad, duration));
        var trivialHalfLoad = Math.Min(gatewayTrivial.PerSecond, checkedTrivial.PerSecond) / 2;
        var trivialHalf = await LoadGenerator.AtRateAsync($"gateway: /alive at {trivialHalfLoad:N0}/s", anonymous, gateway.BaseAddress + "/bench/intake/alive", trivialHalfLoad, duration);
        var checkedTrivialHalf = await LoadGenerator.AtRateAsync($"gateway + token check: /alive at {trivialHalfLoad:N0}/s", client, gateway.BaseAddress + "/bench/checked/alive", trivialHalfLoad, duration);

        foreach (var stats in reads.Concat(halves).SelectMany(r => new[] { r.Direct, r.Gateway })
            .Concat([directTrivial, gatewayTrivial, checkedTrivial, trivialHalf, checkedTrivialHalf]))
        {
            Console.WriteLine(stats);
        }

        return
        [
            ("gateway/direct throughput, database read (goal ≥ 0.80)", Spread(reads.Select(r => r.Gateway.PerSecond / r.Direct.PerSecond), "N2")),
            ("gateway/direct throughput, trivial (bare YARP ~0.37 here)", $"{gatewayTrivial.PerSecond / directTrivial.PerSecond:N2}"),
            ("p50 added by the gateway at half load (goal < 1 ms)", Spread(halves.Select(r => r.Gateway.P50Ms - r.Direct.P50Ms), "N2") + " ms"),
            ("token check + policy at the gateway, trivial: req/s with vs without", $"{checkedTrivial.PerSecond:N0} vs {gatewayTrivial.PerSecond:N0} ({checkedTrivial.PerSecond / gatewayTrivial.PerSecond:N2})"),
            ("token check + policy at the gateway, trivial: p99 saturated", $"{checkedTrivial.P99Ms:N2} ms vs {gatewayTrivial.P99Ms:N2} ms"),
            ("token check + policy at the gateway, trivial: p99 at half load", $"{checkedTrivialHalf.P99Ms:N2} ms vs {trivialHalf.P99Ms:N2} ms"),
        ];
    }

    /// <summary>
    /// Measures both paths in each of <see cref="Rounds"/> rounds, alternating which goes first, so that what drifts during
    /// a run (Intake's database growing by every audited read, the machine's other load) falls on both alike; the figures
    /// compare the two paths within a round. Single back-to-back runs differed by up to 0.2 in the throughput ratio.
    /// </summary>
    private static async Task<List<(LatencyStats Direct, LatencyStats Gateway)>> PairedAsync(
        Func<Task<LatencyStats>> direct, Func<Task<LatencyStats>> gateway)
    {
        var rounds = new List<(LatencyStats Direct, LatencyStats Gateway)>();
        for (var round = 0; round < Rounds; round++)
        {
            if (round % 2 == 0)
            {
                var d = await direct();
                rounds.Add((d, await gateway()));
            }
            else
            {
                var g = await gateway();
                rounds.Add((await direct(), g));
            }
        }

        return rounds;
    }

    /// <summary>The median and, in brackets, the lowest and highest of the rounds.</summary>
    private static string Spread(IEnumerable<double> values, string format)
    {
        var sorted = values.Order().ToArray();
        return $"{Median(sorted).ToString(format)} ({sorted[0].ToString(format)}–{sorted[^1].ToString(format)})";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<string> SeedCaseAsync(HttpClient client, string intake)
    {
        using var created = await client.PostAsJsonAsync(intake + "/api/intake/cases", new
        {
            firstName = "Bench",
            lastName = "Mark",
            birthDate = "1980-01-01",
            coverageType = "MajorMedical",
            payerId = "premera",
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return $"/api/intake/cases/{id}";
    }
}
