namespace Ballaura.Billing.Cards;

/// <summary>What the processor answered: approved with its reference, declined (final, with the reason), or failed (try later).</summary>
public sealed record CardChargeResult(CardChargeStatus Status, string? Reference, string? Reason);

/// <summary>The card processor (an outside party): charges a token once per idempotency key.</summary>
public interface ICardProcessor
{
    Task<CardChargeResult> ChargeAsync(string token, decimal amount, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>Sandbox settings ("Billing:CardSandbox"): the processor's latency and failures, as a real one has them.</summary>
public sealed class CardSandboxOptions
{
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Share of charges that fail for a moment (processor unavailable): retried by the next sweep.</summary>
    public double FailureRate { get; set; }
}

/// <summary>
/// The processor's sandbox, as processors provide one: tokens containing "decline" are declined (insufficient funds),
/// "expired" as an expired card, "timeout" never answer in time; a share of charges fail for a moment. A key already
/// charged answers with the same result again (processors deduplicate by idempotency key).
/// </summary>
public sealed class SandboxCardProcessor(Microsoft.Extensions.Options.IOptions<CardSandboxOptions> options) : ICardProcessor
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CardChargeResult> _seen = new();

    public async Task<CardChargeResult> ChargeAsync(string token, decimal amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        await Task.Delay(options.Value.Latency, cancellationToken);
        if (_seen.TryGetValue(idempotencyKey, out var earlier))
        {
            return earlier;
        }

        if (token.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }

        var result = token.Contains("decline", StringComparison.OrdinalIgnoreCase) ? new CardChargeResult(CardChargeStatus.Declined, null, "insufficient funds")
            : token.Contains("expired", StringComparison.OrdinalIgnoreCase) ? new CardChargeResult(CardChargeStatus.Declined, null, "expired card")
            : Random.Shared.NextDouble() < options.Value.FailureRate ? new CardChargeResult(CardChargeStatus.Failed, null, "processor unavailable")
            : new CardChargeResult(CardChargeStatus.Approved, "ch_" + Guid.NewGuid().ToString("N")[..16], null);
        return result.Status == CardChargeStatus.Failed ? result : _seen.GetOrAdd(idempotencyKey, result);
    }
}
