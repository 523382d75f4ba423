namespace Ballaura.ContactSandbox.Faults;

/// <summary>
/// How the outside parties misbehave, changeable at run time (PUT /sandbox/faults): the mail server refusing mail
/// (451, try again later), the SMS provider slow, failing (503) or never delivering to some numbers.
/// </summary>
public sealed record ContactFaultSettings
{
    /// <summary>The SMTP server answers every message with 451: the sender must keep it and try again.</summary>
    public bool SmtpDown { get; init; }

    public int SmsLatencyMilliseconds { get; init; } = 100;

    /// <summary>Fraction of SMS requests answered 503 (nothing sent).</summary>
    public double SmsFailureRate { get; init; }

    /// <summary>How long after acceptance the carrier's delivery receipt arrives.</summary>
    public int SmsDeliverAfterMilliseconds { get; init; } = 500;

    /// <summary>Numbers ending in these digits are accepted but never delivered (a receipt says "undelivered").</summary>
    public IReadOnlyList<string> UndeliverableSuffixes { get; init; } = ["0000"];
}

public sealed class ContactFaults(ContactFaultSettings initial)
{
    private volatile ContactFaultSettings _settings = initial;

    public ContactFaultSettings Settings => _settings;

    public void Replace(ContactFaultSettings settings) => _settings = settings;
}
