using System.Collections.Concurrent;

namespace Ballaura.Messaging.Outbox;

/// <summary>Stores a message type as "Namespace.Type, Assembly" so a new contracts version still resolves it.</summary>
internal static class MessageTypeName
{
    private static readonly ConcurrentDictionary<string, Type> Resolved = new();

    public static string Of(Type type) =>
        type.Namespace is null
            ? throw new InvalidOperationException($"Message type {type.Name} needs a namespace (MassTransit refuses types without one).")
            : $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Resolved.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false)
            ?? throw new InvalidOperationException($"Outbox message type '{n}' cannot be loaded by this service."));
}
