using System.Diagnostics;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Billing.Remittances;
using Ballaura.Contracts;
using Ballaura.Persistence;
using Ballaura.Security.Audit;
using Ballaura.X12;
using Ballaura.X12.Claims;
using Ballaura.X12.Remittances;
using Ballaura.X12.Writing;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Benchmarks.Billing;

/// <summary>
/// Billing's files: a generated 835 paying 5,000 claims posted against SQLite (read, matched, one balanced ledger
/// transaction per claim, in one database transaction), posted again (refused); a 100 MB 835 read while the managed heap
/// is watched; 1,000 claims written as 837Ps.
/// </summary>
public static class RemittanceScenario
{
    private static readonly X12Envelope Envelope = new(new X12Party("ZZ", "PREMERA", "PREMERA"), new X12Party("ZZ", "BALLAURA", "BALLAURA"), 1, DateTimeOffset.UtcNow, false);

    public static async Task<IReadOnlyList<(string Label, string Value)>> RunAsync(string directory)
    {
        var database = Path.Combine(directory, "billing-bench.db");
        await using (var setup = Open(database))
        {
            await setup.Database.MigrateAsync();
        }

        var claims = await SeedClaimsAsync(database, 5_000);
        var file = Path.Combine(directory, "5000-claims.835");
        await using (var writer = File.CreateText(file))
        {
            Remittance835.Write(writer, [Payment("BENCH-EFT-1", claims)], Envelope);
        }

        var (first, firstOutcome) = await PostFileAsync(database, file);
        var (again, againOutcome) = await PostFileAsync(database, file);
        await using var check = Open(database);
        var postedTransactions = await check.LedgerTransactions.CountAsync(t => t.SourceKey.StartsWith("remit:"));

        var (bigSize, bigRead, heapGrowth, bigClaims) = ReadLargeFile(directory, claims[0]);
        var writeTime = Write837s(1_000);

        Console.WriteLine($"835 with 5,000 claims posted in {first.TotalSeconds:N2} s ({firstOutcome}); again in {again.TotalSeconds:N2} s ({againOutcome}); {postedTransactions} claim transactions in the ledger");
        return
        [
            ("835 with 5,000 claims: read + posted, SQLite (goal < 5 s)", $"{first.TotalSeconds:N2} s, each claim posted once ({postedTransactions} ledger transactions)"),
            ("the same 835 posted again", $"refused in {again.TotalSeconds:N2} s ({againOutcome})"),
            ($"{bigSize / 1_000_000:N0} MB 835 read ({bigClaims:N0} claims)", $"{bigRead.TotalSeconds:N1} s, managed heap +{heapGrowth / (1024 * 1024):N1} MiB"),
            ("1,000 claims written as 837P", $"{writeTime.TotalMilliseconds:N0} ms"),
        ];
    }

    private static async Task<List<Claim>> SeedClaimsAsync(string database, int count)
    {
        await using var db = Open(database);
        var claims = Enumerable.Range(0, count).Select(_ => Claim.Draft(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoverageType.MajorMedical, new DateOnly(2026, 12, 1),
            Guid.NewGuid(), Guid.NewGuid(), "1345672012", "Maya Chen, LMT", null, 1,
            [new ClaimLine("97124", 1, 15, 45m, 45m), new ClaimLine("97140", 3, 45, 50m, 150m)], DateTimeOffset.UtcNow)).ToList();
        db.Claims.AddRange(claims);
        db.LedgerTransactions.AddRange(claims.Select(c => LedgerTransaction.Post($"visit:{c.BookingId}:claim", c.PatientId, c.CaseId, "visit", "R15", DateTimeOffset.UtcNow,
            (LedgerAccount.PayerReceivable, c.Id, c.TotalCharge), (LedgerAccount.ServiceRevenue, c.Id, -c.TotalCharge))));
        await db.SaveChangesAsync();
        return claims;
    }

    private static async Task<(TimeSpan Elapsed, string Outcome)> PostFileAsync(string database, string file)
    {
        var watch = Stopwatch.StartNew();
        await using var db = Open(database);
        var posting = new RemittancePosting(db, new NoAudit(), new NoOutbox(), TimeProvider.System);
        var outcomes = new List<string>();
        using var reader = File.OpenText(file);
        foreach (var remittance in Remittance835.Read(reader))
        {
            outcomes.Add((await posting.PostAsync(remittance, CancellationToken.None)).Outcome);
        }

        return (watch.Elapsed, string.Join(", ", outcomes));
    }

    /// <summary>Payments of 5,000 claims each until the file passes 100 MB, read back one payment at a time.</summary>
    private static (long Size, TimeSpan Elapsed, long HeapGrowth, long Claims) ReadLargeFile(string directory, Claim template)
    {
        var path = Path.Combine(directory, "large.835");
        var oneClaim = Enumerable.Repeat(template, 5_000).ToList();
        using (var writer = File.CreateText(path))
        {
            var payments = Enumerable.Range(0, 1_000).Select(i => Payment($"BIG-{i}", oneClaim));
            Remittance835.Write(writer, TakeUntil(payments, writer, 100_000_000), Envelope);
        }

        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peak = heapBefore;
        var claims = 0L;
        var watch = Stopwatch.StartNew();
        using (var reader = File.OpenText(path))
        {
            foreach (var remittance in Remittance835.Read(reader))
            {
                claims += remittance.Claims.Count;
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        return (new FileInfo(path).Length, watch.Elapsed, Math.Max(0, peak - heapBefore), claims);
    }

    private static IEnumerable<Remittance> TakeUntil(IEnumerable<Remittance> payments, StreamWriter writer, long bytes)
    {
        foreach (var payment in payments)
        {
            writer.Flush();
            if (writer.BaseStream.Length >= bytes)
            {
                yield break;
            }

            yield return payment;
        }
    }

    private static TimeSpan Write837s(int count)
    {
        var line = new DateOnly(2026, 12, 1);
        var claims = Enumerable.Range(0, count).Select(i => new ProfessionalClaim($"BA{i:D8}", ClaimFiling.Commercial, 1, null,
            new Subscriber(new ClaimName("DOE", "JANE"), "PRM100200300", "GRP100", new DateOnly(1980, 4, 12), "F", new ClaimAddress("42 Capitol Way S", null, "OLYMPIA", "WA", "98501")),
            null, new ClaimName("PREMERA BLUE CROSS", null), "00430", null, null, null, null, ["M54.2"],
            new Practitioner(new ClaimName("REYES", "ANA"), "1234567893"), new Practitioner(new ClaimName("CHEN", "MAYA"), "1345672012"),
            [new ProfessionalLine("97124", [], 45m, 1m, line, [1]), new ProfessionalLine("97140", [], 150m, 3m, line, [1])])).ToList();
        var provider = new BillingProvider("BALLAURA WELLNESS SPA", "1245319599", "911234567", new ClaimAddress("120 State Ave NE", null, "OLYMPIA", "WA", "98501"));
        var watch = Stopwatch.StartNew();
        using var text = new StringWriter();
        Claim837.Write(text, provider, new ClaimName("CLEARINGHOUSE", null), "CLEARHOUSE", claims, Envelope);
        return watch.Elapsed;
    }

    private static Remittance Payment(string trace, IReadOnlyList<Claim> claims) => new("I", claims.Count * 130m, "ACH", new DateOnly(2026, 12, 10), trace, "1430000000",
        "PREMERA BLUE CROSS", "00430",
        claims.Select(c => new ClaimPayment(c.ControlNumber, "1", 195m, 130m, 30m, "PRM-" + c.ControlNumber, [],
        [
            new ServicePayment("97124", [], "97124", 45m, 30m, 1m, null, [new Adjustment("CO", "45", 5m, null), new Adjustment("PR", "2", 10m, null)]),
            new ServicePayment("97140", [], "97140", 150m, 100m, 3m, null, [new Adjustment("CO", "45", 30m, null), new Adjustment("PR", "1", 20m, null)]),
        ])).ToList(), []);

    private static BillingSqliteDbContext Open(string database)
    {
        var options = new DbContextOptionsBuilder<BillingSqliteDbContext>();
        options.UseBallauraSqlite($"Data Source={database}");
        return new BillingSqliteDbContext(options.Options);
    }

    /// <summary>The benchmark measures posting; the audit log's own cost is the service's outbox, measured in the messaging benchmark.</summary>
    private sealed class NoAudit : IPhiAudit
    {
        public void Record(PhiAccess access)
        {
        }

        public Task RecordNowAsync(PhiAccess access, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The benchmark measures posting; what the patient would be told is not kept.</summary>
    private sealed class NoOutbox : Ballaura.Messaging.Outbox.IOutbox
    {
        public void Publish<TMessage>(TMessage message, DateTimeOffset? notBefore = null) where TMessage : class
        {
        }
    }
}
