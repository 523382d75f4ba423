using System.Collections.Concurrent;
using Ballaura.Messaging.Signals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ballaura.Messaging.Inbox;

/// <summary>One <see cref="InboxGroup"/> per receive endpoint of the process, made on the first delivery.</summary>
internal sealed class InboxGroups(
    IServiceScopeFactory scopes,
    IEnumerable<CommitSignal> signals,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<InboxGroup> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<InboxGroup>> _groups = new();

    public InboxGroup For(string consumer) => _groups.GetOrAdd(
        consumer,
        name => new Lazy<InboxGroup>(() => new InboxGroup(name, scopes, signals, time, options.Value.Inbox.MaxGroupSize, logger))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var group in _groups.Values.Where(g => g.IsValueCreated))
        {
            await group.Value.DisposeAsync();
        }
    }
}
