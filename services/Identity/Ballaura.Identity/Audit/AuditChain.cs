namespace Ballaura.Identity.Audit;

/// <param name="BrokenAt">The first entry whose hash or link does not match, if any.</param>
public sealed record AuditChainVerification(bool Intact, long EntriesChecked, long? BrokenAt);

public static class AuditChain
{
    /// <summary>
    /// Walks the log in sequence order: each entry's hash must match its fields, link to the entry before,
    /// and follow it without a gap. After a retention purge the chain starts at the oldest kept entry, whose
    /// link is taken as given.
    /// </summary>
    public static async Task<AuditChainVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInOrder, CancellationToken cancellationToken)
    {
        long checkedCount = 0;
        AuditEntry? previous = null;
        await foreach (var entry in entriesInOrder.WithCancellation(cancellationToken))
        {
            var linked = previous is null || (entry.PreviousHash == previous.Hash && entry.Sequence == previous.Sequence + 1);
            if (!linked || entry.ComputeHash() != entry.Hash)
            {
                return new AuditChainVerification(false, checkedCount, entry.Sequence);
            }

            previous = entry;
            checkedCount++;
        }

        return new AuditChainVerification(true, checkedCount, null);
    }
}
