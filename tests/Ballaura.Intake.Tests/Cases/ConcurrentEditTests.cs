using Ballaura.Contracts;
using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Testing.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ballaura.Intake.Tests.Cases;

/// <summary>Two staff editing the same case at once, against a real SQLite database: the second save is refused, not lost.</summary>
public sealed class ConcurrentEditTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase<IntakeSqliteDbContext> _database = new(options => new IntakeSqliteDbContext(options), "intake-concurrency");

    public Task InitializeAsync() => _database.MigrateAsync();

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_and_the_first_is_kept()
    {
        Guid caseId;
        await using (var setup = Open())
        {
            var insuranceCase = InsuranceCase.Open(Patient.Register("Dana", "Whitfield", new DateOnly(1984, 3, 17)), CoverageType.MajorMedical, null, Now);
            setup.Cases.Add(insuranceCase);
            await setup.SaveChangesAsync();
            caseId = insuranceCase.Id;
        }

        await using var first = Open();
        await using var second = Open();
        var seenByFirst = await first.Cases.SingleAsync(c => c.Id == caseId);
        var seenBySecond = await second.Cases.SingleAsync(c => c.Id == caseId);
        seenByFirst.UpdateDetails(InsuranceDetails.None with { MemberId = "FIRST" }, Now);
        seenBySecond.UpdateDetails(InsuranceDetails.None with { MemberId = "SECOND" }, Now);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = Open();
        Assert.Equal("FIRST", (await check.Cases.SingleAsync(c => c.Id == caseId)).Details.MemberId);
    }

    private IntakeSqliteDbContext Open() => _database.Open();
}
