using System.Collections.Concurrent;

namespace Ballaura.Messaging.Errors;

/// <summary>The receive endpoints (queues) this service configured; each has its "_error" twin.</summary>
internal sealed class ReceiveEndpointNames
{
    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public void Add(string name) => _names.TryAdd(name, 0);

    public bool Contains(string name) => _names.ContainsKey(name);

    public IReadOnlyList<string> All => _names.Keys.Order(StringComparer.Ordinal).ToList();
}
