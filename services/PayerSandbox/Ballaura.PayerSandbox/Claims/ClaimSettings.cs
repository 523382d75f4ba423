namespace Ballaura.PayerSandbox.Claims;

/// <summary>How long the sandbox payers take ("Sandbox:Claims"): a 277CA a little after the file, the 835 later.</summary>
public sealed record ClaimSettings
{
    public double AcknowledgeAfterSeconds { get; init; } = 1;
    public double PayAfterSeconds { get; init; } = 3;

    /// <summary>The share of the billed charge the sandbox payers allow (their contract rate).</summary>
    public decimal CommercialAllowedRate { get; init; } = 0.8m;

    /// <summary>The L&amp;I fee schedule as a share of the billed charge.</summary>
    public decimal WorkersCompAllowedRate { get; init; } = 0.9m;
}
