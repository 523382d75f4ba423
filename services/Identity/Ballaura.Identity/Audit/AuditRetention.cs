using Ballaura.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Identity.Audit;

/// <summary>
/// Purges audit entries older than "Audit:RetentionDays" (HIPAA asks for six years) once a day. The newest
/// entry always stays, so the chain keeps growing from where it was.
/// </summary>
public sealed partial class AuditRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<AuditRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = TimeSpan.FromDays(configuration.GetValue("Audit:RetentionDays", 2190));
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
                var cutoff = time.GetUtcNow().UtcDateTime - retention;
                var newest = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, stoppingToken) ?? 0;
                var purged = await db.AuditEntries
                    .Where(e => e.RecordedAt < cutoff && e.Sequence < newest)
                    .ExecuteDeleteAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged, retention.TotalDays);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPurgeFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit retention: purged {Count} entries older than {Days} days")]
    private partial void LogPurged(int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit retention purge failed; it runs again tomorrow")]
    private partial void LogPurgeFailed(Exception exception);
}
