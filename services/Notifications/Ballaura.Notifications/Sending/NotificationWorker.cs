namespace Ballaura.Notifications.Sending;

/// <summary>"Notifications:Sending": how often the sender looks for due messages.</summary>
public sealed class SendingOptions
{
    public int IntervalMilliseconds { get; set; } = 1000;
    public int ReceiptIntervalSeconds { get; set; } = 10;

    /// <summary>The first retry's wait; each later one is four times longer.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>Quiet hours of a patient who has not set their own (clinic local time; equal start and end: none).</summary>
    public TimeOnly QuietStart { get; set; } = new(21, 0);

    public TimeOnly QuietEnd { get; set; } = new(8, 0);
}

/// <summary>Runs the sender on a short interval and the SMS receipts less often, each pass in its own scope.</summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<SendingOptions> options, TimeProvider time,
    ILogger<NotificationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.IntervalMilliseconds)), time);
        var nextReceipts = time.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationSender>().RunAsync(stoppingToken);
                if (time.GetUtcNow() >= nextReceipts)
                {
                    nextReceipts = time.GetUtcNow().AddSeconds(options.Value.ReceiptIntervalSeconds);
                    await scope.ServiceProvider.GetRequiredService<SmsReceipts>().RunAsync(stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<Preferences.SmsReplies>().RunAsync(stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Notification pass failed; the next one tries again");
            }
        }
    }
}
