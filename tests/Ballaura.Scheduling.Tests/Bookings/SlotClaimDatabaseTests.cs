using Ballaura.Persistence;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.Catalog;
using Ballaura.Scheduling.Data;
using Ballaura.Testing.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ballaura.Scheduling.Tests.Bookings;

/// <summary>R14 against a real SQLite database: the slot claims' key lets exactly one of many simultaneous bookings in.</summary>
public sealed class SlotClaimDatabaseTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Tuesday10 = new(2026, 12, 8, 18, 0, 0, TimeSpan.Zero); // 10:00 in Olympia
    private readonly SqliteTestDatabase<SchedulingSqliteDbContext> _database = new(options => new SchedulingSqliteDbContext(options), "scheduling-claims");

    public Task InitializeAsync() => _database.MigrateAsync();

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Fifty_simultaneous_bookings_of_one_therapists_slot_let_exactly_one_in()
    {
        var attempts = Enumerable.Range(0, 50).Select(_ => Task.Run(() => TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), RoomFor(Random.Shared.Next(3)), Tuesday10, 60)));
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r == Outcome.Saved));
        Assert.Equal(49, results.Count(r => r == Outcome.SlotTaken));
        await using var check = Open();
        Assert.Equal(1, await check.Bookings.CountAsync());
        Assert.Equal(4, await check.SlotClaims.CountAsync(c => c.Resource == ClaimedResource.Therapist));
    }

    [Fact]
    public async Task An_overlap_by_one_slot_is_refused_for_the_therapist_the_room_and_the_patient()
    {
        var patient = Guid.NewGuid();
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, patient, CatalogSeed.CedarRoomId, Tuesday10, 60));
        // Same therapist, 10:45.
        Assert.Equal(Outcome.SlotTaken, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.FernRoomId, Tuesday10.AddMinutes(45), 60));
        // Same room, another therapist.
        Assert.Equal(Outcome.SlotTaken, await TryBookAsync(CatalogSeed.JonahId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10.AddMinutes(30), 30));
        // Same patient, another therapist and room.
        Assert.Equal(Outcome.SlotTaken, await TryBookAsync(CatalogSeed.PriyaId, patient, CatalogSeed.MossRoomId, Tuesday10.AddMinutes(-15), 30));
    }

    [Fact]
    public async Task Back_to_back_bookings_do_not_overlap()
    {
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10, 60));
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10.AddMinutes(60), 45));
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10.AddMinutes(-30), 30));
    }

    [Fact]
    public async Task A_freed_slot_can_be_booked_again()
    {
        var first = Booking.Make(Draft(CatalogSeed.MayaId, Guid.NewGuid(), Tuesday10, 60), CatalogSeed.CedarRoomId, null, null, Tuesday10.AddDays(-3), "test");
        await using (var db = Open())
        {
            db.Bookings.Add(first);
            db.SlotClaims.AddRange(SlotClaim.For(first));
            await db.SaveChangesAsync();
        }

        await using (var db = Open())
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == first.Id);
            booking.Cancel(Tuesday10.AddDays(-2), "test", "patient asked", byClinic: false, feeRule: null);
            db.SlotClaims.RemoveRange(await db.SlotClaims.Where(c => c.HolderId == first.Id).ToListAsync());
            await db.SaveChangesAsync();
        }

        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10, 60));
        await using var check = Open();
        Assert.Equal(BookingStatus.Cancelled, (await check.Bookings.SingleAsync(b => b.Id == first.Id)).Status);
    }

    [Fact]
    public async Task A_therapists_time_off_holds_her_slots_like_a_booking()
    {
        var away = TimeOff.For(CatalogSeed.MayaId, Tuesday10.AddMinutes(50), Tuesday10.AddHours(3), "Dentist");
        await using (var db = Open())
        {
            db.TimeOff.Add(away);
            db.SlotClaims.AddRange(SlotClaim.For(away));
            await db.SaveChangesAsync();
        }

        // 10:50 is inside the 10:45 slot: a visit 10:00–11:00 overlaps it, one ending at 10:45 does not.
        Assert.Equal(Outcome.SlotTaken, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10, 60));
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10, 45));
        Assert.Equal(Outcome.Saved, await TryBookAsync(CatalogSeed.MayaId, Guid.NewGuid(), CatalogSeed.CedarRoomId, Tuesday10.AddHours(3), 60));
    }

    private enum Outcome
    {
        Saved,
        SlotTaken,
    }

    private async Task<Outcome> TryBookAsync(Guid therapist, Guid patient, Guid room, DateTimeOffset start, int minutes)
    {
        await using var db = Open();
        var booking = Booking.Make(Draft(therapist, patient, start, minutes), room, null, null, start.AddDays(-3), "test");
        db.Bookings.Add(booking);
        db.SlotClaims.AddRange(SlotClaim.For(booking));
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Saved;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return Outcome.SlotTaken;
        }
    }

    private static BookingDraft Draft(Guid therapist, Guid patient, DateTimeOffset start, int minutes) =>
        new(patient, null, therapist, null, start, [new BookingItem("relaxation-massage-60", "Relaxation", minutes, 95m, false)], BookingChannel.PhoneSystem, null);

    private static Guid RoomFor(int index) => new[] { CatalogSeed.CedarRoomId, CatalogSeed.FernRoomId, CatalogSeed.MossRoomId }[index];

    private SchedulingSqliteDbContext Open() => _database.Open();
}
