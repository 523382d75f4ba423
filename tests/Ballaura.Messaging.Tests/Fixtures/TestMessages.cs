namespace Ballaura.Messaging.Tests.Contracts;

/// <summary>Asks the consumer to count one more for <paramref name="Key"/>.</summary>
public sealed record TallyRequested(string Key);

/// <summary>Published by the consumer through its outbox after counting.</summary>
public sealed record TallyCounted(string Key, int Count);
