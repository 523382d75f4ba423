using System.Collections.Concurrent;

namespace Ballaura.ContactSandbox.Mail;

/// <summary>A message the SMTP server accepted, as a developer or a test reads it.</summary>
public sealed record ReceivedMail(long Sequence, string? MessageId, string From, IReadOnlyList<string> To, string Subject, string? Text, string? Html, DateTimeOffset ReceivedAt);

/// <summary>Everything the sink received since it started, in order.</summary>
public sealed class Inbox
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private long _sequence;

    public ReceivedMail Add(Func<long, ReceivedMail> create)
    {
        var mail = create(Interlocked.Increment(ref _sequence));
        _messages.Enqueue(mail);
        return mail;
    }

    public IEnumerable<ReceivedMail> All => _messages;
}
