using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Persistence;
using Ballaura.Testing.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ballaura.Notifications.Tests.Outgoing;

/// <summary>One message per event and recipient, held by the database (real SQLite, migrations applied).</summary>
public sealed class NotifyTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase<NotificationsSqliteDbContext> _database = new(options => new NotificationsSqliteDbContext(options), "notifications");

    public Task InitializeAsync() => _database.MigrateAsync();

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_same_event_queued_again_makes_no_second_message()
    {
        var patient = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            await using var db = Open();
            await Notify.QueueAsync(db, "booked:42", patient, NotificationKind.AppointmentBooked, new { startsAt = DateTimeOffset.UtcNow }, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = Open();
        Assert.Equal(1, await check.Notifications.CountAsync());
    }

    [Fact]
    public async Task Two_replicas_queuing_the_same_event_at_once_keep_one_the_database_refuses_the_other()
    {
        var patient = Guid.NewGuid();
        await using var first = Open();
        await using var second = Open();
        // Both looked before either saved: only the unique key stands between them.
        await Notify.QueueAsync(first, "reminder:7", patient, NotificationKind.AppointmentReminder, new { }, DateTimeOffset.UtcNow, CancellationToken.None);
        await Notify.QueueAsync(second, "reminder:7", patient, NotificationKind.AppointmentReminder, new { }, DateTimeOffset.UtcNow, CancellationToken.None);

        await first.SaveChangesAsync();
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.True(UniqueViolation.Is(refused));
        await using var check = Open();
        Assert.Equal(1, await check.Notifications.CountAsync());
    }

    [Fact]
    public async Task The_same_event_for_two_recipients_is_two_messages()
    {
        await using var db = Open();
        await Notify.QueueAsync(db, "case-opened:1", Guid.NewGuid(), NotificationKind.CaseOpened, new { }, DateTimeOffset.UtcNow, CancellationToken.None);
        await Notify.QueueAsync(db, "case-opened:1", Guid.NewGuid(), NotificationKind.CaseOpened, new { }, DateTimeOffset.UtcNow, CancellationToken.None);
        await db.SaveChangesAsync();
        Assert.Equal(2, await db.Notifications.CountAsync());
    }

    private NotificationsSqliteDbContext Open() => _database.Open();
}
