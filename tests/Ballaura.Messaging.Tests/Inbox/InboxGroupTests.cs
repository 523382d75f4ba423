using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ballaura.Messaging.Errors;
using Ballaura.Messaging.Inbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Inbox;

/// <summary>
/// On SQLite, deliveries to one endpoint that arrive together share one transaction (group commit).
/// What a user of the bus must not notice: each is still handled once, in order of its group, seeing
/// what the earlier ones wrote, and one that fails takes nothing else down.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class InboxGroupTests(RabbitMqFixture broker)
{
    private const int Burst = 200;

    [Fact]
    public async Task Deliveries_arriving_together_are_committed_together_and_one_that_keeps_failing_fails_alone()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var poisoned = $"poisoned-{run}";
        TallyConsumer.Poisoned[poisoned] = true;
        using var groups = new GroupSizes($"inbox-group-{run}");
        await using var service = await TallyService.StartAsync(broker, $"inbox-group-{run}", TallyService.NewDatabaseFile());
        var bus = service.Services.GetRequiredService<IBus>();
        var duplicateId = Guid.NewGuid();

        var keys = Enumerable.Range(0, Burst).Select(i => $"burst-{run}-{i}").ToList();
        await Task.WhenAll(keys.Select((key, i) => i == Burst / 2
            ? Task.WhenAll(
                bus.Publish(new TallyRequested(poisoned)),
                bus.Publish(new TallyRequested(key), c => c.MessageId = duplicateId),
                bus.Publish(new TallyRequested(key), c => c.MessageId = duplicateId))
            : bus.Publish(new TallyRequested(key))));

        await Eventually.TrueAsync(
            () => service.InScopeAsync((_, db) => db.Tallies.CountAsync(t => t.Key.StartsWith("counted:burst-" + run))).ContinueWith(t => t.Result == Burst),
            "every delivery of the burst is counted and announced");
        var errors = service.Services.GetRequiredService<ErrorQueues>();
        await Eventually.TrueAsync(
            async () => (await errors.ListAsync(CancellationToken.None)).Any(q => q.Messages > 0),
            "the poisoned delivery reaches its error queue after its retries");

        Assert.True(groups.Largest > 1, $"deliveries shared a transaction (largest group {groups.Largest})");
        var tallies = await service.InScopeAsync((_, db) => db.Tallies.AsNoTracking().Where(t => t.Key.Contains(run)).ToListAsync());
        Assert.All(tallies.Where(t => t.Key.StartsWith("burst-", StringComparison.Ordinal)), t => Assert.Equal(1, t.Count));
        Assert.Equal(Burst, tallies.Count(t => t.Key.StartsWith("burst-", StringComparison.Ordinal)));
        Assert.DoesNotContain(tallies, t => t.Key.EndsWith(poisoned, StringComparison.Ordinal));
        var faulted = (await errors.ListAsync(CancellationToken.None)).Single(q => q.Messages > 0);
        Assert.Single(await errors.PeekAsync(faulted.Queue, 10, CancellationToken.None));
        TallyConsumer.Poisoned.TryRemove(poisoned, out _);
    }

    [Fact]
    public async Task Each_delivery_in_a_group_sees_what_the_earlier_ones_wrote()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var key = $"same-tally-{run}";
        using var groups = new GroupSizes($"inbox-same-{run}");
        await using var service = await TallyService.StartAsync(broker, $"inbox-same-{run}", TallyService.NewDatabaseFile());
        var bus = service.Services.GetRequiredService<IBus>();

        await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => bus.Publish(new TallyRequested(key))));

        await Eventually.TrueAsync(
            async () => await service.CountAsync("counted:" + key) == Burst,
            "every increment is announced");
        Assert.True(groups.Largest > 1, $"deliveries shared a transaction (largest group {groups.Largest})");
        // Two deliveries of one group reading the same count would lose an increment.
        Assert.Equal(Burst, await service.CountAsync(key));
        Assert.Equal(Burst, await service.InScopeAsync((_, db) => db.Set<InboxState>().CountAsync(i => i.Consumer.EndsWith("-tally"))));
    }

    /// <summary>The inbox's group-size metric, for the endpoints of one test's service.</summary>
    private sealed class GroupSizes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentBag<int> _sizes = [];

        public GroupSizes(string servicePrefix)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Ballaura.Messaging" && instrument.Name == "ballaura.inbox.group_size")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "consumer" && tag.Value is string consumer && consumer.StartsWith(servicePrefix, StringComparison.Ordinal))
                    {
                        _sizes.Add(size);
                    }
                }
            });
            _listener.Start();
        }

        public int Largest => _sizes.IsEmpty ? 0 : _sizes.Max();

        public void Dispose() => _listener.Dispose();
    }
}
