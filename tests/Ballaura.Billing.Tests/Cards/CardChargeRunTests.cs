using Ballaura.Billing.Cards;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Persistence;
using Ballaura.Testing.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ballaura.Billing.Tests.Cards;

/// <summary>The card-on-file pass against real SQLite and the processor sandbox: once per balance, whatever happens.</summary>
public sealed class CardChargeRunTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase<BillingSqliteDbContext> _database = new(options => new BillingSqliteDbContext(options), "billing-cards");
    private readonly RecordingOutbox _outbox = new();

    public Task InitializeAsync() => _database.MigrateAsync();

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_fee_is_charged_once_even_when_passes_run_at_the_same_time_and_again_later()
    {
        var patient = await PatientWithFeeAsync("tok_visa_good0001");
        var processor = Sandbox(failureRate: 0);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync(processor))));
        await RunAsync(processor);

        await using var db = Open();
        Assert.Equal(1, await db.CardCharges.CountAsync(c => c.PatientId == patient && c.Status == CardChargeStatus.Approved));
        var charged = await db.LedgerTransactions.Include(t => t.Entries).SingleAsync(t => t.SourceKey.StartsWith(CardChargeRun.PaidPrefix));
        Assert.Equal("R10", charged.Rule);
        Assert.Contains("visa card ending 4242", charged.Explanation);
        Assert.Equal(0m, (await db.LedgerEntries.Where(e => e.PatientId == patient && e.Account == LedgerAccount.PatientReceivable).Select(e => e.Amount).ToListAsync()).Sum());
        // The patient hears of it: amount, rule, the card's brand and last four — never its number.
        var told = Assert.IsType<Ballaura.Contracts.Billing.PatientCharged>(_outbox.Published.First());
        Assert.Equal((patient, 40m, "R10", "4242"), (told.PatientId, told.Amount, told.Rule, told.CardLast4));
    }

    [Fact]
    public async Task A_decline_is_recorded_with_its_reason_and_not_tried_again_on_its_own()
    {
        var patient = await PatientWithFeeAsync("tok_decline_0001");
        var processor = Sandbox(failureRate: 0);

        await RunAsync(processor);
        await RunAsync(processor);

        await using var db = Open();
        var charge = await db.CardCharges.SingleAsync(c => c.PatientId == patient);
        Assert.Equal((CardChargeStatus.Declined, "insufficient funds"), (charge.Status, charge.FailureReason));
        var plan = await new CardChargeRun(db, processor, _outbox, TimeProvider.System).PlanAsync(patient, CancellationToken.None);
        Assert.Contains("declined", Assert.Single(plan).CardProblem);
    }

    [Fact]
    public async Task An_outage_is_tried_again_by_the_next_pass_with_the_same_key()
    {
        var patient = await PatientWithFeeAsync("tok_visa_good0002");
        await RunAsync(Sandbox(failureRate: 1));
        await RunAsync(Sandbox(failureRate: 0));

        await using var db = Open();
        var attempts = await db.CardCharges.Where(c => c.PatientId == patient).OrderBy(c => c.Attempt).ToListAsync();
        Assert.Equal([(1, CardChargeStatus.Failed), (2, CardChargeStatus.Approved)], attempts.Select(a => (a.Attempt, a.Status)));
        Assert.Single(attempts.Select(a => a.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task Without_a_card_nothing_is_attempted_and_the_plan_says_why()
    {
        var patient = Guid.NewGuid();
        await using (var db = Open())
        {
            db.LedgerTransactions.Add(LedgerTransaction.Post($"fee:{Guid.NewGuid()}", patient, null, "fee", "R10", DateTimeOffset.UtcNow,
                (LedgerAccount.PatientReceivable, null, 40m), (LedgerAccount.FeeRevenue, null, -40m)));
            await db.SaveChangesAsync();
        }

        await RunAsync(Sandbox(failureRate: 0));
        await using var check = Open();
        Assert.Equal(0, await check.CardCharges.CountAsync(c => c.PatientId == patient));
        Assert.Equal("No card on file.", Assert.Single(await new CardChargeRun(check, Sandbox(0), _outbox, TimeProvider.System).PlanAsync(patient, CancellationToken.None)).CardProblem);
    }

    private async Task<Guid> PatientWithFeeAsync(string token)
    {
        var patient = Guid.NewGuid();
        await using var db = Open();
        var card = BillingCard.For(patient);
        card.Update(token, "visa", "4242", 8, DateTime.UtcNow.Year + 2, DateTimeOffset.UtcNow);
        db.BillingCards.Add(card);
        db.LedgerTransactions.Add(LedgerTransaction.Post($"fee:{Guid.NewGuid()}", patient, null, "Missed visit", "R10", DateTimeOffset.UtcNow,
            (LedgerAccount.PatientReceivable, null, 40m), (LedgerAccount.FeeRevenue, null, -40m)));
        await db.SaveChangesAsync();
        return patient;
    }

    private async Task RunAsync(ICardProcessor processor)
    {
        await using var db = Open();
        await new CardChargeRun(db, processor, _outbox, TimeProvider.System).RunAsync(CancellationToken.None);
    }

    private static SandboxCardProcessor Sandbox(double failureRate) =>
        new(Options.Create(new CardSandboxOptions { Latency = TimeSpan.FromMilliseconds(5), FailureRate = failureRate }));

    private BillingSqliteDbContext Open() => _database.Open();
}
