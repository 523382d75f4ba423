using Ballaura.Messaging.Signals;

namespace Ballaura.Eligibility.Processing;

/// <summary>Wakes the verification worker when a transaction that queued a verification has committed.</summary>
public sealed class VerificationSignal : CommitSignal;
