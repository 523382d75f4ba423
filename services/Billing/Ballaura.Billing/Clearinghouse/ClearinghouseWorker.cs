using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Clearinghouse;

/// <summary>"Billing:Clearinghouse": where the clearinghouse is and how often claims go out and the mailbox is read.</summary>
public sealed class ClearinghouseOptions
{
    public Uri Url { get; set; } = new("http://payer-sandbox");
    public int IntervalSeconds { get; set; } = 60;
}

/// <summary>Sends waiting claims and reads the mailbox on a schedule (the TimeProvider's), each pass in its own scope.</summary>
public sealed class ClearinghouseWorker(IServiceScopeFactory scopes, IOptions<ClearinghouseOptions> options, TimeProvider time, ILogger<ClearinghouseWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ClaimSubmitter>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<MailboxReader>().RunAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The clearinghouse or the database is away; the next pass tries again. Claims and files are never half-handled.
                logger.LogWarning(error, "Clearinghouse pass failed");
            }
        }
    }
}
