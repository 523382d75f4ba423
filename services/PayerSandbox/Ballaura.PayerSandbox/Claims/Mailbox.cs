using System.Collections.Concurrent;

namespace Ballaura.PayerSandbox.Claims;

/// <summary>A file waiting for the clinic in its clearinghouse mailbox: a 277CA or an 835.</summary>
public sealed record MailboxFile(long Sequence, string Kind, DateTimeOffset PublishedAt, string Content);

/// <summary>
/// The clinic's clearinghouse mailbox. Files are numbered when they become available, so a reader that remembers the
/// last number it took never skips one that was still being prepared.
/// </summary>
public sealed class Mailbox(TimeProvider time)
{
    private readonly ConcurrentQueue<(DateTimeOffset DueAt, string Kind, string Content)> _pending = new();
    private readonly List<MailboxFile> _published = [];
    private readonly Lock _gate = new();

    public void Deliver(string kind, string content, TimeSpan after) => _pending.Enqueue((time.GetUtcNow() + after, kind, content));

    public IReadOnlyList<MailboxFile> After(long sequence, int limit)
    {
        lock (_gate)
        {
            Publish();
            return _published.Where(f => f.Sequence > sequence).Take(limit).ToList();
        }
    }

    private void Publish()
    {
        var now = time.GetUtcNow();
        var keep = new List<(DateTimeOffset, string, string)>();
        while (_pending.TryDequeue(out var file))
        {
            if (file.DueAt <= now)
            {
                _published.Add(new MailboxFile(_published.Count + 1, file.Kind, now, file.Content));
            }
            else
            {
                keep.Add(file);
            }
        }

        foreach (var file in keep)
        {
            _pending.Enqueue(file);
        }
    }
}
