using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Outbox;

[Collection(BrokerCollection.Name)]
public sealed class OutboxTests(RabbitMqFixture broker)
{
    private static string NewServiceName() => "outbox-test-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_rolled_back_state_change_publishes_no_event()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());

        await service.InScopeAsync(async (sp, db) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Tallies.Add(new Tally { Key = "rolled-back-state" });
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("rolled-back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        // Committed after the rolled-back one: once it has been consumed, the first would have been too.
        await PublishCommittedAsync(service, "committed-after");

        await Eventually.TrueAsync(async () => await service.CountAsync("committed-after") == 1, "the committed event is consumed");
        Assert.Equal(0, await service.CountAsync("rolled-back"));
        Assert.Equal(0, await service.CountAsync("rolled-back-state"));
        Assert.Equal(0, await service.InScopeAsync((_, db) => db.Set<OutboxMessage>().CountAsync(m => m.Body.Contains("rolled-back"))));
    }

    [Fact]
    public async Task An_event_committed_just_before_a_crash_is_published_after_the_restart()
    {
        var databaseFile = TallyService.NewDatabaseFile();
        var serviceName = NewServiceName();

        // The first process commits its state change and event, then dies before its dispatcher runs.
        await using (var crashed = await TallyService.StartAsync(broker, serviceName, databaseFile, dispatcherEnabled: false, startBus: false))
        {
            await PublishCommittedAsync(crashed, "survives-crash");
            Assert.Equal(1, await crashed.InScopeAsync((_, db) => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        }

        await using var restarted = await TallyService.StartAsync(broker, serviceName, databaseFile);

        await Eventually.TrueAsync(async () => await restarted.CountAsync("survives-crash") == 1, "the event is consumed after the restart");
        await Eventually.TrueAsync(
            () => restarted.InScopeAsync((_, db) => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)),
            "the outbox row is marked sent");
    }

    [Fact]
    public async Task A_broker_down_for_ten_seconds_loses_no_event()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());
        const int events = 20;

        await broker.StopBrokerAsync();
        try
        {
            for (var i = 0; i < events; i++)
            {
                await PublishCommittedAsync(service, $"outage-{i}");
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
            Assert.True(await service.InScopeAsync((_, db) => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)) > 0,
                "with the broker down, events wait in the outbox");
        }
        finally
        {
            await broker.StartBrokerAsync();
        }

        await Eventually.TrueAsync(
            async () => (await Task.WhenAll(Enumerable.Range(0, events).Select(i => service.CountAsync($"outage-{i}")))).All(c => c == 1),
            "every event written during the outage is consumed exactly once",
            TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task A_scheduled_event_is_not_published_before_its_time()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());
        var notBefore = DateTimeOffset.UtcNow.AddSeconds(3);

        await service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("scheduled"), notBefore);
            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(async () => await service.CountAsync("scheduled") == 1, "the scheduled event is consumed");
        var consumedAt = await service.InScopeAsync((_, db) => db.Tallies.Where(t => t.Key == "scheduled").Select(t => t.LastCountedAt).SingleAsync());
        Assert.True(consumedAt >= notBefore.UtcDateTime, $"consumed at {consumedAt:O}, scheduled for {notBefore:O}");
    }

    [Fact]
    public async Task A_message_that_cannot_be_published_does_not_hold_up_the_others()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());
        await service.InScopeAsync(async (_, db) =>
        {
            // Written by a newer version of the service whose contract this process does not know.
            db.Set<OutboxMessage>().Add(new OutboxMessage(Guid.NewGuid(), "Ballaura.Contracts.Future.Unknown, Ballaura.Contracts", "{}", null, DateTime.UtcNow, null));
            return await db.SaveChangesAsync();
        });

        for (var i = 0; i < 5; i++)
        {
            await PublishCommittedAsync(service, $"after-poison-{i}");
            await Eventually.TrueAsync(async () => await service.CountAsync($"after-poison-{i}") == 1, $"event {i} behind the unpublishable one is consumed", TimeSpan.FromSeconds(5));
        }

        var poison = await service.InScopeAsync((_, db) => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageType.Contains("Future")));
        Assert.Null(poison.SentAt);
        Assert.True(poison.Attempts >= 1);
        Assert.Contains("cannot be loaded", poison.LastError);
    }

    private static Task<int> PublishCommittedAsync(TallyService service, string key) =>
        service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested(key));
            return await db.SaveChangesAsync();
        });
}
