using Ballaura.Messaging.Errors;
using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Tests.Contracts;
using Ballaura.Messaging.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ballaura.Messaging.Tests.Errors;

[Collection(BrokerCollection.Name)]
public sealed class ErrorQueueTests(RabbitMqFixture broker)
{
    [Fact]
    public async Task A_message_that_keeps_failing_waits_in_the_error_queue_and_is_handled_once_after_replay()
    {
        var key = "poison-" + Guid.NewGuid().ToString("N")[..8];
        TallyConsumer.Poisoned[key] = true;
        await using var service = await TallyService.StartAsync(broker, "errors-test-" + key[7..], TallyService.NewDatabaseFile());
        var errors = service.Services.GetRequiredService<ErrorQueues>();
        await service.InScopeAsync(async (sp, db) =>
        {
            sp.GetRequiredService<IOutbox>().Publish(new TallyRequested(key));
            return await db.SaveChangesAsync();
        });

        string queue = "";
        await Eventually.TrueAsync(async () =>
        {
            var faulted = (await errors.ListAsync(CancellationToken.None)).SingleOrDefault(q => q.Messages > 0);
            queue = faulted?.Queue ?? "";
            return faulted is not null;
        }, "the message lands in an error queue after its retries");

        Assert.EndsWith("-tally", queue);
        var seen = Assert.Single(await errors.PeekAsync(queue, 10, CancellationToken.None));
        Assert.Contains("InvalidOperationException", seen.ExceptionType);
        Assert.Equal(0, await service.CountAsync(key));
        Assert.Single(await errors.PeekAsync(queue, 10, CancellationToken.None)); // looking did not take it away

        TallyConsumer.Poisoned.TryRemove(key, out _);
        var replay = await errors.ReplayAsync(queue, CancellationToken.None);

        Assert.Equal(1, replay.Replayed);
        await Eventually.TrueAsync(async () => await service.CountAsync(key) == 1, "the replayed message is handled");
        Assert.Empty(await errors.PeekAsync(queue, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_services_own_queues_can_be_replayed()
    {
        await using var service = await TallyService.StartAsync(broker, "errors-own-" + Guid.NewGuid().ToString("N")[..8], TallyService.NewDatabaseFile());
        var errors = service.Services.GetRequiredService<ErrorQueues>();

        Assert.False(errors.IsOwnQueue("billing-case-opened"));
        Assert.Contains(await errors.ListAsync(CancellationToken.None), q => q.Queue.EndsWith("-tally", StringComparison.Ordinal) && q.Messages == 0);
    }
}
