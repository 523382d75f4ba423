using Ballaura.Messaging.Inbox;
using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Outbox;

[Collection(BrokerCollection.Name)]
public sealed class DispatcherTimingTests(RabbitMqFixture broker)
{
    [Fact]
    public async Task A_commit_wakes_the_dispatcher_without_waiting_for_its_poll()
    {
        await using var service = await TallyService.StartAsync(broker, "wake-" + Guid.NewGuid().ToString("N")[..8], TallyService.NewDatabaseFile(),
            settings: new Dictionary<string, string?> { ["Messaging:Outbox:PollInterval"] = "00:01:00" });
        await Task.Delay(TimeSpan.FromSeconds(1)); // the dispatcher is now asleep in its one-minute poll

        await service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("woken"));
            return await db.SaveChangesAsync();
        });

        await Eventually.TrueAsync(async () => await service.CountAsync("woken") == 1, "the event is consumed long before the next poll", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sent_outbox_rows_and_old_inbox_rows_are_cleaned_up_after_their_retention()
    {
        await using var service = await TallyService.StartAsync(broker, "cleanup-" + Guid.NewGuid().ToString("N")[..8], TallyService.NewDatabaseFile(),
            settings: new Dictionary<string, string?>
            {
                ["Messaging:Outbox:SentRetention"] = "00:00:01",
                ["Messaging:Outbox:InboxRetention"] = "00:00:01",
                ["Messaging:Outbox:CleanupInterval"] = "00:00:00.200",
                ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
            });

        await service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested("kept-briefly"));
            return await db.SaveChangesAsync();
        });
        await Eventually.TrueAsync(async () => await service.CountAsync("kept-briefly") == 1, "the event is consumed");

        await Eventually.TrueAsync(
            () => service.InScopeAsync(async (_, db) => !await db.Set<OutboxMessage>().AnyAsync() && !await db.Set<InboxState>().AnyAsync()),
            "sent outbox rows and inbox rows past their retention are deleted");
        Assert.Equal(1, await service.CountAsync("kept-briefly"));
    }
}
