using System.Collections.Concurrent;
using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Outbox;

[Collection(BrokerCollection.Name)]
public sealed class ReplicaTests(RabbitMqFixture broker)
{
    [Fact]
    public async Task Two_replicas_sharing_one_outbox_publish_each_event_once()
    {
        var databaseFile = TallyService.NewDatabaseFile();
        var serviceName = "replicas-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await TallyService.StartAsync(broker, serviceName, databaseFile);
        await using var second = await TallyService.StartAsync(broker, serviceName, databaseFile);
        var deliveries = new ConcurrentDictionary<Guid, int>();
        foreach (var replica in new[] { first, second })
        {
            replica.Services.GetRequiredService<IBusControl>().ConnectConsumeMessageObserver(new DeliveryCounter(deliveries));
        }

        const int events = 60;
        await Task.WhenAll(Enumerable.Range(0, events).Select(i =>
            (i % 2 == 0 ? first : second).InScopeAsync(async (sp, db) =>
            {
                sp.GetRequiredService<IOutbox>().Publish(new TallyRequested($"replica-{i}"));
                return await db.SaveChangesAsync();
            })));

        await Eventually.TrueAsync(
            async () => await first.InScopeAsync((_, db) => db.Tallies.CountAsync(t => t.Key.StartsWith("replica-"))) == events,
            "every event is consumed by one of the replicas");
        await Eventually.TrueAsync(
            () => first.InScopeAsync((_, db) => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)),
            "every outbox row is marked sent");

        Assert.Equal(events, deliveries.Count);
        Assert.All(deliveries.Values, count => Assert.Equal(1, count));
        Assert.All(await first.InScopeAsync((_, db) => db.Tallies.Where(t => t.Key.StartsWith("replica-")).ToListAsync()), t => Assert.Equal(1, t.Count));
    }

    [Fact]
    public async Task A_row_another_replica_leases_between_the_claims_read_and_its_lease_is_left_to_that_replica()
    {
        var databaseFile = TallyService.NewDatabaseFile();
        var rival = new RivalLeaseBeforeFirstClaim(databaseFile);
        await using var service = await TallyService.StartAsync(broker, "race-" + Guid.NewGuid().ToString("N")[..8], databaseFile,
            services: s => s.AddSingleton<IInterceptor>(rival));

        await service.InScopeAsync(async (sp, db) =>
        {
            var outbox = sp.GetRequiredService<IOutbox>();
            for (var i = 0; i < 5; i++)
            {
                outbox.Publish(new TallyRequested($"race-{i}"));
            }

            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(
            async () => await service.InScopeAsync((_, db) => db.Tallies.CountAsync(t => t.Key.StartsWith("race-"))) == 4,
            "the four rows this dispatcher leased are published and consumed");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await service.CountAsync("race-0"));
        var taken = await service.InScopeAsync((_, db) => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.SequenceNumber).FirstAsync());
        Assert.Null(taken.SentAt);
        Assert.Equal(RivalLeaseBeforeFirstClaim.RivalLock, taken.LockId);
    }

    /// <summary>Counts raw deliveries before the inbox, so a double publish would show even though the inbox hides it.</summary>
    private sealed class DeliveryCounter(ConcurrentDictionary<Guid, int> deliveries) : IConsumeMessageObserver<TallyRequested>
    {
        public Task PreConsume(ConsumeContext<TallyRequested> context)
        {
            deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }

        public Task PostConsume(ConsumeContext<TallyRequested> context) => Task.CompletedTask;

        public Task ConsumeFault(ConsumeContext<TallyRequested> context, Exception exception) => Task.CompletedTask;
    }
}
