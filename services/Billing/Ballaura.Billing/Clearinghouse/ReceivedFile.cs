namespace Ballaura.Billing.Clearinghouse;

/// <summary>A file taken from the clearinghouse mailbox (277CA or 835) and what came of it; the highest sequence is where the next read starts.</summary>
public sealed class ReceivedFile
{
    public long Sequence { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public string Outcome { get; private set; } = "";

    private ReceivedFile()
    {
    }

    public static ReceivedFile Of(long sequence, string kind, string outcome, DateTimeOffset now) => new()
    {
        Sequence = sequence,
        Kind = kind,
        Outcome = outcome.Length > 1000 ? outcome[..1000] : outcome,
        ReceivedAt = now,
    };
}
