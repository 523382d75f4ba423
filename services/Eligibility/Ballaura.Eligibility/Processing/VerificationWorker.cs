using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Payers;
using Ballaura.Eligibility.Verifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Eligibility.Processing;

/// <summary>
/// Works the verification queue kept in the database: claims due cases with a lease (a conditional update, so two
/// replicas never take the same case), runs up to <see cref="VerificationOptions.MaxConcurrent"/> rounds at once, and
/// keeps going across payer outages and restarts. A process that dies mid-round leaves a lease that expires only after
/// the CORE no-resend window, so the payer is never asked again too soon.
/// </summary>
public sealed partial class VerificationWorker(
    IServiceScopeFactory scopes,
    VerificationSignal signal,
    IOptions<VerificationOptions> verificationOptions,
    IOptions<PayerOptions> payerOptions,
    TimeProvider time,
    ILogger<VerificationWorker> logger) : BackgroundService
{
    private readonly HashSet<Task> _inFlight = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = verificationOptions.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            _inFlight.RemoveWhere(t => t.IsCompleted);
            var claimed = 0;
            var free = options.MaxConcurrent - _inFlight.Count;
            if (free > 0)
            {
                try
                {
                    foreach (var caseId in await ClaimAsync(free, stoppingToken))
                    {
                        _inFlight.Add(RunAsync(caseId, stoppingToken));
                        claimed++;
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogClaimFailed(error);
                }
            }

            if (claimed == 0 || _inFlight.Count >= options.MaxConcurrent)
            {
                // Until a new verification is committed, a round finishes, or the poll interval passes (rescheduled
                // verifications fall due on their own).
                var wake = signal.WaitAsync(options.PollInterval, stoppingToken);
                await Task.WhenAny([wake, .. _inFlight]);
            }
        }

        await Task.WhenAll(_inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task<List<Guid>> ClaimAsync(int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EligibilityDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Verifications.AsNoTracking()
            .Where(v => v.Status == VerificationStatus.Queued && v.NextAttemptAt <= now && (v.LeaseUntil == null || v.LeaseUntil < now))
            .OrderBy(v => v.NextAttemptAt)
            .Select(v => new { v.CaseId, v.Version })
            .Take(count)
            .ToListAsync(cancellationToken);

        var leaseUntil = now + payerOptions.Value.TotalTimeout + payerOptions.Value.ResendAfterUnanswered;
        var claimed = new List<Guid>();
        foreach (var candidate in due)
        {
            var taken = await db.Verifications
                .Where(v => v.CaseId == candidate.CaseId && v.Version == candidate.Version)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(v => v.LeaseUntil, leaseUntil)
                    .SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
            if (taken == 1)
            {
                claimed.Add(candidate.CaseId);
            }
        }

        return claimed;
    }

    private async Task RunAsync(Guid caseId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<VerificationRound>().RunAsync(caseId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and another process (or this one, restarted) takes the case.
        }
        catch (Exception error)
        {
            // The lease runs out and the case is taken again: nothing is lost, and the error is visible.
            LogRoundFailed(error, caseId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not claim due verifications")]
    private partial void LogClaimFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Verification round for case {CaseId} failed; it is taken again when its lease runs out")]
    private partial void LogRoundFailed(Exception error, Guid caseId);
}
