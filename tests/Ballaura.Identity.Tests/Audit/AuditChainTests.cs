using Ballaura.Contracts.Audit;
using Ballaura.Identity.Audit;
using Xunit;

namespace Ballaura.Identity.Tests.Audit;

/// <summary>The audit log is tamper-evident: any edit, removal, insertion or reordering is found.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_untouched_chain_is_intact()
    {
        var result = await VerifyAsync(Chain(5));

        Assert.Equal(new AuditChainVerification(true, 5, null), result);
    }

    [Fact]
    public async Task Changing_an_outcome_breaks_the_chain_at_that_entry()
    {
        var chain = Chain(5);
        Tamper(chain[2], nameof(AuditEntry.Outcome), chain[2].Outcome == "allowed" ? "denied" : "allowed");

        var result = await VerifyAsync(chain);

        Assert.False(result.Intact);
        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public async Task Rewriting_an_entry_and_its_own_hash_breaks_the_link_to_the_next()
    {
        var chain = Chain(5);
        Tamper(chain[1], nameof(AuditEntry.Actor), "someone-else");
        Tamper(chain[1], nameof(AuditEntry.Hash), chain[1].ComputeHash());

        var result = await VerifyAsync(chain);

        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public async Task Removing_an_entry_is_found()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        Assert.Equal(4, (await VerifyAsync(chain)).BrokenAt);
    }

    [Fact]
    public async Task Swapping_two_entries_is_found()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.False((await VerifyAsync(chain)).Intact);
    }

    [Fact]
    public async Task After_a_retention_purge_the_kept_entries_still_verify()
    {
        var chain = Chain(6);

        var result = await VerifyAsync(chain.Skip(3).ToList());

        Assert.Equal(new AuditChainVerification(true, 3, null), result);
    }

    [Fact]
    public void The_first_entry_links_to_the_genesis_hash_and_each_next_one_to_the_one_before()
    {
        var chain = Chain(3);

        Assert.Equal(AuditEntry.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
    }

    private static List<AuditEntry> Chain(int length)
    {
        var chain = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            var recorded = new PhiAccessRecorded(Guid.NewGuid(), Now.AddMinutes(i), "Ballaura.Intake", $"user-{i}", "front-desk", "ballaura-web",
                "read", "case", Guid.NewGuid().ToString(), Guid.NewGuid(), i % 2 == 0 ? "allowed" : "denied", "10.0.0.7", "0af7651916cd43dd8448eb211c80319c");
            chain.Add(AuditEntry.Append(chain.LastOrDefault(), recorded, Now.AddMinutes(i).AddSeconds(1)));
        }

        return chain;
    }

    /// <summary>What someone with write access to the table could do.</summary>
    private static void Tamper(AuditEntry entry, string property, object value) =>
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);

    private static Task<AuditChainVerification> VerifyAsync(List<AuditEntry> entries) =>
        AuditChain.VerifyAsync(entries.ToAsyncEnumerable(), CancellationToken.None);
}
