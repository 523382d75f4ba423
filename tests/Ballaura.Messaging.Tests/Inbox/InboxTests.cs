using Ballaura.Messaging.Inbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Inbox;

[Collection(BrokerCollection.Name)]
public sealed class InboxTests(RabbitMqFixture broker)
{
    private static string NewServiceName() => "inbox-test-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_message_delivered_twice_changes_state_once()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());
        var bus = service.Services.GetRequiredService<IBus>();
        var messageId = Guid.NewGuid();

        // The same message id twice, as a broker redelivery or an outbox re-publish after a crash would bring it.
        await bus.Publish(new TallyRequested("delivered-twice"), c => c.MessageId = messageId);
        await bus.Publish(new TallyRequested("delivered-twice"), c => c.MessageId = messageId);
        await bus.Publish(new TallyRequested("marker"));

        await Eventually.TrueAsync(async () => await service.CountAsync("marker") == 1, "the marker is consumed");
        await Eventually.TrueAsync(async () => await service.CountAsync("counted:delivered-twice") == 1, "the follow-up event arrives");
        Assert.Equal(1, await service.CountAsync("delivered-twice"));
        Assert.Equal(1, await service.InScopeAsync((_, db) => db.Set<InboxState>().CountAsync(i => i.MessageId == messageId)));
    }

    [Fact]
    public async Task A_failed_attempt_leaves_no_state_and_no_event_behind()
    {
        await using var service = await TallyService.StartAsync(broker, NewServiceName(), TallyService.NewDatabaseFile());

        await service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<Ballaura.Messaging.Outbox.IOutbox>().Publish(new TallyRequested("fail-once-" + Guid.NewGuid()));
            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(
            () => service.InScopeAsync((_, db) => db.Tallies.AnyAsync(t => t.Key.StartsWith("counted:fail-once"))),
            "the retried attempt publishes its follow-up event");
        var tallies = await service.InScopeAsync((_, db) => db.Tallies.AsNoTracking().ToListAsync());
        Assert.Equal(1, tallies.Single(t => t.Key.StartsWith("fail-once", StringComparison.Ordinal)).Count);
        // The first attempt's increment and follow-up event were rolled back with it: counted once, announced once.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await service.InScopeAsync((_, db) => db.Tallies.AsNoTracking().ToListAsync()))
            .Single(t => t.Key.StartsWith("counted:fail-once", StringComparison.Ordinal)).Count);
    }
}
