namespace Ballaura.Benchmarks.Messaging;

/// <summary>Carries its own creation time so the consumer can measure end-to-end latency.</summary>
public sealed record BaselinePinged(int Sequence, long CreatedTicks);

public sealed record OutboxPinged(int Sequence, long CreatedTicks);
