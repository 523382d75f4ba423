using System.Diagnostics.Metrics;

namespace Ballaura.Messaging.Inbox;

internal static class InboxMetrics
{
    private static readonly Meter Meter = new("Ballaura.Messaging");

    /// <summary>How many deliveries shared one inbox transaction (SQLite's group commit): 1 when the endpoint is idle.</summary>
    public static readonly Histogram<int> GroupSize = Meter.CreateHistogram<int>(
        "ballaura.inbox.group_size", unit: "{delivery}", description: "Deliveries committed in one inbox transaction");
}
