using Ballaura.Messaging.Inbox;

namespace Ballaura.Messaging;

/// <summary>Bound from the "Messaging" configuration section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Quorum queues survive a broker node loss; the broker must support them (RabbitMQ ≥ 3.8).</summary>
    public bool QuorumQueues { get; set; } = true;

    public int RetryLimit { get; set; } = 5;
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int PrefetchCount { get; set; } = 64;

    public OutboxOptions Outbox { get; set; } = new();

    public InboxOptions Inbox { get; set; } = new();
}

public sealed class OutboxOptions
{
    /// <summary>Turns the dispatcher off, e.g. in a process that only writes (tests of crash recovery).</summary>
    public bool DispatcherEnabled { get; set; } = true;
    public int BatchSize { get; set; } = 100;
    /// <summary>How often the dispatcher looks without being woken (scheduled messages, other replicas' rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a dispatcher owns the rows it took; after that another replica may take them.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>One publish batch gives up after this (a broker that is down must not hang the loop).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Sent outbox rows are kept this long, for investigation.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>Inbox rows are kept this long: a duplicate arriving later than this is no longer detected.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
