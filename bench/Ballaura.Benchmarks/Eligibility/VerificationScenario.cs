using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.AppHost.Messaging;
using Ballaura.Benchmarks.Gateway;
using Ballaura.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ballaura.Benchmarks.Eligibility;

/// <summary>
/// Eligibility as production runs it (its own process, SQLite, the broker, default payer settings: 20 s round,
/// 8 s attempt, 90 s CORE window, 30 s first reschedule) against the payer sandbox process at 200 ms latency.
/// Cases are prepared at Intake (its own process: card details and both card images), then made ready by recording their
/// prescription; Intake publishes CaseReadyForVerification and Eligibility reads the insured's details back from Intake.
/// Latency runs from the prescription's answer (the case became ready) to the case's settled state as Eligibility recorded it. Two fault mixes of 30 %: only faults a payer tells us to retry (503, AAA*42),
/// and a mix with 500s, timeouts and dropped answers, which CORE's 90-second rule keeps waiting.
/// </summary>
public static class VerificationScenario
{
    private const int PacedPerSecond = 10;

    /// <summary>The clinic's side: cases prepared at Intake, made ready by their prescription, read back from Eligibility.</summary>
    private sealed record Clinic(HttpClient Http, string Intake, string Eligibility)
    {
        private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

        public async Task<Guid> PrepareAsync(CancellationToken token)
        {
            using var opened = await Http.PostAsJsonAsync($"{Intake}/api/intake/cases", new
            {
                firstName = "Bench", lastName = "Mark", birthDate = "1970-01-01", coverageType = "MajorMedical", payerId = "premera",
            }, token);
            opened.EnsureSuccessStatusCode();
            var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetGuid();
            (await Http.PutAsJsonAsync($"{Intake}/api/intake/cases/{caseId}/insurance", new { memberId = $"PRMLOAD{caseId:N}"[..20] }, token)).EnsureSuccessStatusCode();
            foreach (var kind in new[] { "card-front", "card-back" })
            {
                using var picture = new ByteArrayContent(Png);
                picture.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
                (await Http.PostAsync($"{Intake}/api/intake/cases/{caseId}/documents?kind={kind}", picture, token)).EnsureSuccessStatusCode();
            }

            return caseId;
        }

        public async Task MakeReadyAsync(Guid caseId, CancellationToken token)
        {
            using var recorded = await Http.PostAsJsonAsync($"{Intake}/api/intake/cases/{caseId}/prescriptions", new
            {
                prescriberName = "Dr. Ana Reyes", prescriberRole = "Doctor", prescriberNpi = "1234567893", diagnosisCodes = new[] { "M54.2" },
                visitsPrescribed = 12, visitsPerWeek = 2, prescribedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            }, token);
            recorded.EnsureSuccessStatusCode();
        }
    }

    public static async Task<IReadOnlyList<(string Label, string Value)>> RunAsync(string repositoryRoot, string connectionString, string directory, TimeSpan duration)
    {
        StandInIssuer? stand = null;
        // Eligibility's own token (client credentials) comes from the stand-in issuer, with the role "service".
        await using var issuer = await StandInIssuer.StartAsync(app => app.MapPost("/connect/token", () => Results.Json(new
        {
            access_token = stand!.Mint(["service"], expires: DateTime.UtcNow.AddHours(2), subject: "eligibility-service"),
            token_type = "Bearer",
            expires_in = 7200,
        })));
        stand = issuer;
        var sandboxPort = LocalRabbitMqNode.FreeTcpPort();
        await using var sandbox = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "services/PayerSandbox/Ballaura.PayerSandbox", "Ballaura.PayerSandbox.dll"), sandboxPort,
            new Dictionary<string, string>());
        await using var intake = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "services/Intake/Ballaura.Intake", "Ballaura.Intake.dll"), LocalRabbitMqNode.FreeTcpPort(),
            new Dictionary<string, string>
            {
                ["ConnectionStrings__messaging"] = connectionString,
                ["ConnectionStrings__intakedb"] = $"Data Source={Path.Combine(directory, "intake.db")}",
                ["Documents__Directory"] = Path.Combine(directory, "documents"),
                ["Identity__Authority"] = issuer.Issuer,
            });
        await using var eligibility = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "services/Eligibility/Ballaura.Eligibility", "Ballaura.Eligibility.dll"), LocalRabbitMqNode.FreeTcpPort(),
            new Dictionary<string, string>
            {
                ["ConnectionStrings__messaging"] = connectionString,
                ["ConnectionStrings__eligibilitydb"] = $"Data Source={Path.Combine(directory, "eligibility.db")}",
                ["Identity__Authority"] = issuer.Issuer,
                ["Eligibility__Payers__ClearinghouseUrl"] = sandbox.BaseAddress,
                ["Eligibility__IntakeUrl"] = intake.BaseAddress,
                ["ServiceClient__ClientId"] = "eligibility-service",
                ["ServiceClient__ClientSecret"] = "bench",
            });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", issuer.Mint(["front-desk"], expires: DateTime.UtcNow.AddHours(2)));
        var clinic = new Clinic(client, intake.BaseAddress, eligibility.BaseAddress);
        var transient = new { latencyMilliseconds = 200, jitterMilliseconds = 50, unavailableRate = 0.15, aaa42Rate = 0.15, retryAfterSeconds = 1, hangSeconds = 30 };
        var mixed = new
        {
            latencyMilliseconds = 200, jitterMilliseconds = 50, unavailableRate = 0.10, aaa42Rate = 0.10, serverErrorRate = 0.04, timeoutRate = 0.03,
            dropRate = 0.03, retryAfterSeconds = 1, hangSeconds = 30,
        };
        var count = Math.Max(20, (int)(PacedPerSecond * duration.TotalSeconds));

        await SetFaultsAsync(client, sandbox.BaseAddress, transient);
        await RunCasesAsync("warm-up", clinic, 20, perSecond: 0);
        var burst = await RunCasesAsync("burst, 30 % 503/AAA*42", clinic, count, perSecond: 0);
        var paced = await RunCasesAsync($"{PacedPerSecond}/s, 30 % 503/AAA*42", clinic, count, PacedPerSecond);
        await SetFaultsAsync(client, sandbox.BaseAddress, mixed);
        var pacedMixed = await RunCasesAsync($"{PacedPerSecond}/s, 30 % incl. 500/timeouts/drops", clinic, count, PacedPerSecond);
        foreach (var run in new[] { burst, paced, pacedMixed })
        {
            Console.WriteLine(run);
        }

        return
        [
            // All burst cases are published at once, so the p95 latency is when 95 % of them had settled; the rest wait
            // for a rescheduled round (30 s) and say nothing about throughput.
            ("verification throughput, burst of " + burst.Count + " (8 rounds in flight)", $"{0.95 * burst.Count / burst.P95:N1} cases/s (95 % settled in {burst.P95:N1} s)"),
            ("verification p50/p95/p99, 30 % 503/AAA*42 (goal p95 ≤ 2 s)", $"{paced.P50:N2} / {paced.P95:N2} / {paced.P99:N2} s"),
            ("verification p50/p95/p99, 30 % mixed incl. timeouts", $"{pacedMixed.P50:N2} / {pacedMixed.P95:N2} / {pacedMixed.P99:N2} s"),
            ("cases settled (verified or in review), all runs", $"{burst.Settled + paced.Settled + pacedMixed.Settled} of {burst.Count + paced.Count + pacedMixed.Count}"),
            ("payer requests per case (mean), mixed faults", $"{pacedMixed.RequestsPerCase:N2}"),
        ];
    }

    private sealed record Run(string Name, int Count, int Settled, TimeSpan Elapsed, double P50, double P95, double P99, double RequestsPerCase)
    {
        public override string ToString() =>
            $"{Name,-44} {Settled,5}/{Count} settled in {Elapsed.TotalSeconds,6:N1} s   p50 {P50,6:N2} s   p95 {P95,6:N2} s   p99 {P99,6:N2} s   {RequestsPerCase:N2} requests/case";
    }

    private static async Task<Run> RunCasesAsync(string name, Clinic clinic, int count, int perSecond)
    {
        // Prepared first, untimed: each case lacks only its prescription.
        var prepared = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (_, token) => prepared.Add(await clinic.PrepareAsync(token)));

        var published = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        var index = 0;
        await Parallel.ForEachAsync(prepared, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (caseId, token) =>
        {
            if (perSecond > 0)
            {
                var due = TimeSpan.FromSeconds((double)Interlocked.Increment(ref index) / perSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, token);
                }
            }

            await clinic.MakeReadyAsync(caseId, token);
            published[caseId] = DateTimeOffset.UtcNow;
        });

        var latencies = new ConcurrentBag<double>();
        var requests = new ConcurrentBag<int>();
        var pending = published.Keys.ToHashSet();
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Parallel.ForEachAsync(pending.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (caseId, token) =>
            {
                using var response = await clinic.Http.GetAsync($"{clinic.Eligibility}/api/eligibility/cases/{caseId}", token);
                if (!response.IsSuccessStatusCode)
                {
                    return;
                }

                var verification = await response.Content.ReadFromJsonAsync<JsonElement>(token);
                var status = verification.GetProperty("status").GetString();
                if (status is "Verified" or "NotVerified" or "NeedsReview" || verification.GetProperty("inReview").GetBoolean())
                {
                    lock (pending)
                    {
                        pending.Remove(caseId);
                    }

                    latencies.Add((verification.GetProperty("updatedAt").GetDateTimeOffset() - published[caseId]).TotalSeconds);
                    requests.Add(verification.GetProperty("payerRequests").GetInt32());
                }
            });
            await Task.Delay(500);
        }

        var sorted = latencies.Order().ToArray();
        return new Run(name, count, sorted.Length, clock.Elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
            requests.IsEmpty ? 0 : requests.Average());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task SetFaultsAsync(HttpClient client, string sandbox, object faults)
    {
        using var response = await client.PutAsJsonAsync($"{sandbox}/sandbox/faults", faults);
        response.EnsureSuccessStatusCode();
    }
}
