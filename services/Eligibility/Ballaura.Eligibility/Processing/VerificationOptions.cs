namespace Ballaura.Eligibility.Processing;

/// <summary>How verifications are worked (section <c>Eligibility:Verification</c>) and who the clinic is in a 270.</summary>
public sealed record VerificationOptions
{
    public const string SectionName = "Eligibility:Verification";

    /// <summary>The first wait after a round the payer could not answer; it doubles each round up to <see cref="RescheduleMax"/>.</summary>
    public TimeSpan RescheduleBase { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan RescheduleMax { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After this many unanswered rounds the case also shows on the manual review queue (retries go on).</summary>
    public int ReviewAfterRounds { get; init; } = 3;

    /// <summary>Inquiries in flight at once in this process.</summary>
    public int MaxConcurrent { get; init; } = 8;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A benefits snapshot older than this is verified again before the next visit (also: a new month or plan year).</summary>
    public int FreshnessDays { get; init; } = 30;

    /// <summary>How often verified cases are checked for benefits that are no longer fresh.</summary>
    public TimeSpan FreshnessSweepInterval { get; init; } = TimeSpan.FromHours(1);

    public string ClinicTimeZone { get; init; } = "America/Los_Angeles";

    public string ClinicName { get; init; } = "BALLAURA SPA";

    /// <summary>The clinic's (billing provider's) NPI, sent as the information receiver (NM1*1P).</summary>
    public string ClinicNpi { get; init; } = "1234567893";

    public string SubmitterId { get; init; } = "BALLAURA";
    public string ClearinghouseId { get; init; } = "CLEARINGHOUSE";

    /// <summary>ISA15: false marks interchanges as test data.</summary>
    public bool Production { get; init; }
}
