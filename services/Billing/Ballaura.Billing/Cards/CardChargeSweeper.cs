using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Cards;

public sealed class CardChargeOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs the card-on-file policy on a schedule (the clock is the <see cref="TimeProvider"/>, so tests and replays can move it).</summary>
public sealed class CardChargeSweeper(IServiceScopeFactory scopes, IOptions<CardChargeOptions> options, TimeProvider time, ILogger<CardChargeSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var charges = await scope.ServiceProvider.GetRequiredService<CardChargeRun>().RunAsync(stoppingToken);
                logger.LogInformation("Card-on-file pass: {Count} charge attempt(s).", charges.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The card-on-file pass failed; the next one tries again.");
            }
        }
    }
}
