using Ballaura.Notifications.Data;
using Ballaura.Notifications.Outgoing;
using Ballaura.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ballaura.Notifications.Tests.Outgoing;

/// <summary>One message per event and recipient, held by the database (real SQLite, migrations applied).</summary>
public sealed class NotifyTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"notifications-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
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

    private NotificationsSqliteDbContext Open()
    {
        var options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>();
        options.UseBallauraSqlite($"Data Source={_database}");
        return new NotificationsSqliteDbContext(options.Options);
    }
}
