using Ballaura.Contracts;
using Ballaura.Contracts.Intake;
using Ballaura.Eligibility.Benefits;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Freshness;
using Ballaura.Eligibility.Processing;
using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging.Outbox;
using Ballaura.Persistence;
using Ballaura.Testing.Sqlite;
using Ballaura.X12.Eligibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ballaura.Eligibility.Tests.Freshness;

/// <summary>The sweeper against a real SQLite database, on a clinic calendar fixed at 4 December 2026, 10:00 in Olympia.</summary>
public sealed class FreshnessSweeperTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase<EligibilitySqliteDbContext> _database = new(options => new EligibilitySqliteDbContext(options), "eligibility-freshness");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var time = new FixedTime(Now);
        var services = new ServiceCollection();
        services.AddDbContext<EligibilityDbContext, EligibilitySqliteDbContext>(o => o.UseBallauraSqlite(_database.ConnectionString));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new ClinicCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), time));
        services.AddScoped<IOutbox, RecordingOutbox>();
        services.AddSingleton<VerificationSignal>();
        services.AddScoped<VerificationStart>();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EligibilityDbContext>().Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task Benefits_from_last_month_are_verified_again_and_this_month_s_are_left_alone()
    {
        var lastMonth = await VerifiedAsync(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero));
        var thisMonth = await VerifiedAsync(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.Zero));

        var queued = await Sweeper().SweepAsync(CancellationToken.None);

        Assert.Equal(1, queued);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EligibilityDbContext>();
        var stale = await db.Verifications.SingleAsync(v => v.CaseId == lastMonth);
        Assert.Equal(VerificationStatus.Queued, stale.Status);
        Assert.Equal(new DateOnly(2026, 12, 4), stale.ServiceDate);
        Assert.Contains("no longer fresh", stale.Reason);
        Assert.Equal(VerificationStatus.Verified, (await db.Verifications.SingleAsync(v => v.CaseId == thisMonth)).Status);
    }

    [Fact]
    public async Task A_visit_verified_at_4_pm_on_30_November_in_Olympia_belongs_to_November()
    {
        // 30 November 16:00 in Olympia is 1 December 00:00 UTC: a UTC calendar would call it fresh in December.
        var caseId = await VerifiedAsync(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        await Sweeper().SweepAsync(CancellationToken.None);

        await using var scope = _services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<EligibilityDbContext>().Verifications.SingleAsync(v => v.CaseId == caseId);
        Assert.Equal(VerificationStatus.Queued, verification.Status);
    }

    private FreshnessSweeper Sweeper() => new(
        _services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new VerificationOptions()), _services.GetRequiredService<ClinicCalendar>(),
        _services.GetRequiredService<TimeProvider>(), NullLogger<FreshnessSweeper>.Instance);

    private async Task<Guid> VerifiedAsync(DateTimeOffset verifiedAt)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EligibilityDbContext>();
        var caseId = Guid.CreateVersion7();
        var verification = CaseVerification.Known(caseId, CoverageType.MajorMedical, verifiedAt, null);
        verification.Ready(Guid.CreateVersion7(), CoverageType.MajorMedical);
        verification.TakeDetails(new InsuredDetails(caseId, Guid.CreateVersion7(), CoverageType.MajorMedical, "Jane", "Doe", new DateOnly(1980, 4, 12),
            "00430", "PREMERA", "PRM100200300", null, null, null));
        verification.Queue(DateOnly.FromDateTime(verifiedAt.UtcDateTime), verifiedAt, "test");
        var snapshot = BenefitsSnapshot.Take(caseId, Guid.NewGuid(), DateOnly.FromDateTime(verifiedAt.UtcDateTime),
            new BenefitSummary(CoverageStatus.Active, "BE", false, "PLAN", null, true, 1000m, 1000m, 0.2m, null, null, null, null, null, false,
                new DateOnly(2026, 1, 1), []), verifiedAt);
        verification.Verified(snapshot.Id, verifiedAt, null);
        db.Verifications.Add(verification);
        db.Snapshots.Add(snapshot);
        await db.SaveChangesAsync();
        return caseId;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class RecordingOutbox : IOutbox
    {
        public List<object> Published { get; } = [];

        public void Publish<TMessage>(TMessage message, DateTimeOffset? notBefore = null) where TMessage : class => Published.Add(message);
    }
}
