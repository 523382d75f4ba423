using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Processing;
using Ballaura.Eligibility.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Eligibility.Freshness;

/// <summary>
/// Re-verifies verified cases whose benefits are no longer fresh (older than the clinic's setting, or from an
/// earlier month or plan year), so coverage that lapsed since intake is found before the next visit; a re-verification
/// that finds it lapsed publishes CoverageLapsed for Scheduling.
/// </summary>
public sealed partial class FreshnessSweeper(
    IServiceScopeFactory scopes,
    IOptions<VerificationOptions> options,
    ClinicCalendar calendar,
    TimeProvider time,
    ILogger<FreshnessSweeper> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = await SweepAsync(stoppingToken);
                if (queued > 0)
                {
                    LogQueued(queued);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogSweepFailed(error);
            }

            await Task.Delay(options.Value.FreshnessSweepInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EligibilityDbContext>();
        var start = scope.ServiceProvider.GetRequiredService<VerificationStart>();
        var today = calendar.Today;
        var verified = await db.Verifications
            .Where(v => v.Status == VerificationStatus.Verified && v.SnapshotId != null)
            .Join(db.Snapshots, v => v.SnapshotId, s => s.Id, (v, s) => new { Verification = v, s.PlanBegin })
            .ToListAsync(cancellationToken);
        var stale = verified
            .Where(x => BenefitsFreshness.FreshThrough(calendar.DateOf(x.Verification.VerifiedAt!.Value), x.PlanBegin, options.Value.FreshnessDays) < today)
            .Take(BatchSize)
            .ToList();
        foreach (var item in stale)
        {
            start.Begin(item.Verification, today, "Benefits are no longer fresh (older than the clinic's setting, or from an earlier month or plan year).");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A case changed meanwhile; the next sweep sees it again.
            return 0;
        }

        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Freshness: {Count} verified case(s) queued for re-verification")]
    private partial void LogQueued(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Freshness sweep failed; trying again at the next interval")]
    private partial void LogSweepFailed(Exception error);
}
