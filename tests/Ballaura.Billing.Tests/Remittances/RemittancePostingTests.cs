using Ballaura.Billing.Claims;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Billing.Remittances;
using Ballaura.Contracts;
using Ballaura.Persistence;
using Ballaura.Security.Audit;
using Ballaura.Testing.Sqlite;
using Ballaura.X12.Remittances;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ballaura.Billing.Tests.Remittances;

/// <summary>835 posting against a real SQLite database: to the cent, never twice, nothing silent.</summary>
public sealed class RemittancePostingTests : IAsyncLifetime
{
    private static readonly DateOnly Visit = new(2026, 12, 1);
    private readonly SqliteTestDatabase<BillingSqliteDbContext> _database = new(options => new BillingSqliteDbContext(options), "billing-remit");
    private readonly Guid _patient = Guid.NewGuid();
    private readonly RecordedAccesses _audit = new();
    private readonly RecordingOutbox _outbox = new();

    public Task InitializeAsync() => _database.MigrateAsync();

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_seeds_worked_example_leaves_the_patient_1100_and_the_plan_400_to_the_cent()
    {
        // Billed $1,800; the payer allows $1,500 (CO-45 $300); deductible $1,000 (PR-1) and 20 % of the rest (PR-2 $100); the plan pays $400.
        var claim = await ClaimAsync(("97124", 36, 50.00m));
        var posting = await PostAsync(Payment("EFT-1", 400m, Paid(claim, 1800m, 400m,
            Line("97124", 1800m, 400m, ("CO", "45", 300m), ("PR", "1", 1000m), ("PR", "2", 100m)))));

        Assert.Equal("posted", posting.Outcome);
        await using var db = Open();
        var posted = await db.Claims.SingleAsync(c => c.Id == claim.Id);
        Assert.Equal((ClaimStatus.Paid, 400m, 1100m, 300m, "settled"), (posted.Status, posted.PaidTotal, posted.PatientResponsibilityTotal, posted.WrittenOffTotal, posted.Reconciliation));
        Assert.Equal(1100m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        Assert.Equal(0m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        Assert.Equal(400m, await BalanceAsync(db, LedgerAccount.Cash));
        var explanation = (await db.LedgerTransactions.OrderBy(t => t.PostedAt).ToListAsync()).Last().Explanation;
        Assert.Contains("deductible $1,000.00, co-insurance $100.00", explanation);
        var told = Assert.IsType<Ballaura.Contracts.Billing.StatementReady>(Assert.Single(_outbox.Published));
        Assert.Equal((_patient, 1100m, Visit), (told.PatientId, told.Amount, told.VisitDate));
        await AssertBalancedAsync(db);
        Assert.Contains(_audit.Accesses, a => a is { Action: "update", Resource: "claim" } && a.ResourceId == claim.Id.ToString() && a.PatientId == _patient);
    }

    [Fact]
    public async Task The_same_payment_twice_is_posted_once_even_at_the_same_moment()
    {
        var claim = await ClaimAsync(("97124", 2, 45.00m));
        var payment = Payment("CHK-77", 60m, Paid(claim, 90m, 60m, Line("97124", 90m, 60m, ("CO", "45", 20m), ("PR", "3", 10m))));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostAsync(payment))));
        var again = await PostAsync(payment);

        Assert.Equal(1, outcomes.Count(o => o.Outcome == "posted"));
        Assert.Equal("already posted: refused", again.Outcome);
        await using var db = Open();
        Assert.Equal(60m, await BalanceAsync(db, LedgerAccount.Cash));
        Assert.Equal(1, await db.RemittancePayments.CountAsync());
    }

    [Fact]
    public async Task A_check_number_another_payer_also_used_is_a_different_payment()
    {
        var first = await ClaimAsync(("97124", 1, 45.00m));
        var second = await ClaimAsync(("97124", 1, 45.00m));
        Assert.Equal("posted", (await PostAsync(Payment("1001", 30m, Paid(first, 45m, 30m, Line("97124", 45m, 30m, ("CO", "45", 15m)))))).Outcome);
        Assert.Equal("posted", (await PostAsync(Payment("1001", 30m, Paid(second, 45m, 30m, Line("97124", 45m, 30m, ("CO", "45", 15m)))) with { TraceOriginator = "1600000000" })).Outcome);
    }

    [Fact]
    public async Task A_denial_goes_to_the_work_queue_explained_and_posts_nothing()
    {
        var claim = await ClaimAsync(("97140", 3, 50.00m));
        var posting = await PostAsync(Payment("EFT-9", 0m, new ClaimPayment(claim.ControlNumber, "4", 150m, 0m, 0m, "PRM-9", [new Adjustment("CO", "50", 150m, null)], [])));

        Assert.Equal("denied", Assert.Single(posting.Claims).Outcome);
        await using var db = Open();
        Assert.Equal(ClaimStatus.Denied, (await db.Claims.SingleAsync(c => c.Id == claim.Id)).Status);
        var item = await db.WorkItems.SingleAsync(w => w.ClaimId == claim.Id);
        Assert.Contains("not deemed medically necessary", item.Explanation);
        Assert.Equal(150m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
    }

    [Fact]
    public async Task A_reversal_takes_back_a_payment_and_the_corrected_payment_settles_the_claim()
    {
        var claim = await ClaimAsync(("97124", 2, 45.00m));
        await PostAsync(Payment("EFT-A", 70m, Paid(claim, 90m, 70m, Line("97124", 90m, 70m, ("CO", "45", 20m)))));
        var reversal = await PostAsync(Payment("EFT-B", -70m, new ClaimPayment(claim.ControlNumber, "22", -90m, -70m, 0m, "PRM-1",
            [], [Line("97124", -90m, -70m, ("CO", "45", -20m))])));
        Assert.Equal("reversed", Assert.Single(reversal.Claims).Outcome);
        await using (var db = Open())
        {
            var reversed = await db.Claims.SingleAsync(c => c.Id == claim.Id);
            Assert.Equal((ClaimStatus.Accepted, 0m, "awaiting payment"), (reversed.Status, reversed.PaidTotal, reversed.Reconciliation));
            Assert.Equal(90m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        }

        await PostAsync(Payment("EFT-C", 60m, Paid(claim, 90m, 60m, Line("97124", 90m, 60m, ("CO", "45", 20m), ("PR", "2", 10m)))));
        await using var check = Open();
        var settled = await check.Claims.SingleAsync(c => c.Id == claim.Id);
        Assert.Equal((ClaimStatus.Paid, 60m, 10m, "settled"), (settled.Status, settled.PaidTotal, settled.PatientResponsibilityTotal, settled.Reconciliation));
        Assert.Equal(60m, await BalanceAsync(check, LedgerAccount.Cash));
        await AssertBalancedAsync(check);
    }

    [Fact]
    public async Task Two_claims_in_one_payment_and_a_line_the_payer_did_not_pay()
    {
        var first = await ClaimAsync(("97124", 1, 45.00m), ("97140", 1, 50.00m));
        var second = await ClaimAsync(("97112", 2, 52.00m));
        var posting = await PostAsync(Payment("EFT-2", 114m,
            Paid(first, 95m, 30m, Line("97124", 45m, 30m, ("CO", "45", 15m)), Line("97140", 50m, 0m, ("CO", "97", 50m))),
            Paid(second, 104m, 84m, Line("97112", 104m, 84m, ("CO", "45", 20m)))));

        Assert.Equal(["posted", "posted"], posting.Claims.Select(c => c.Outcome));
        await using var db = Open();
        Assert.Equal(ClaimStatus.PartiallyPaid, (await db.Claims.SingleAsync(c => c.Id == first.Id)).Status);
        Assert.Equal(ClaimStatus.Paid, (await db.Claims.SingleAsync(c => c.Id == second.Id)).Status);
        await AssertBalancedAsync(db);
    }

    [Fact]
    public async Task A_line_matches_though_the_payer_dropped_or_added_a_modifier_and_an_unknown_line_is_queued()
    {
        var claim = await ClaimAsync(("97140", 2, 50.00m));
        var withModifier = new ServicePayment("97140", ["GP"], "97140", 100m, 80m, 2m, Visit, [new Adjustment("CO", "45", 20m, null)]);
        Assert.Equal("posted", Assert.Single((await PostAsync(Payment("EFT-M", 80m, Paid(claim, 100m, 80m, withModifier)))).Claims).Outcome);

        var other = await ClaimAsync(("97140", 2, 50.00m));
        var unknownLine = new ServicePayment("97530", [], "97530", 100m, 80m, 2m, Visit, [new Adjustment("CO", "45", 20m, null)]);
        var queued = Assert.Single((await PostAsync(Payment("EFT-N", 80m, Paid(other, 100m, 80m, unknownLine)))).Claims);
        Assert.Equal("line not on claim", queued.Outcome);
    }

    [Fact]
    public async Task A_zero_payment_posts_its_adjustments_and_is_still_put_before_staff()
    {
        var claim = await ClaimAsync(("97124", 2, 45.00m));
        var posting = await PostAsync(Payment("NON-1", 0m, Paid(claim, 90m, 0m, Line("97124", 90m, 0m, ("CO", "45", 20m), ("PR", "1", 70m)))) with { PaymentMethod = "NON", Handling = "H" });

        Assert.Equal("zero payment", Assert.Single(posting.Claims).Outcome);
        await using var db = Open();
        Assert.Equal(70m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        Assert.Single(await db.WorkItems.Where(w => w.ClaimId == claim.Id).ToListAsync());
    }

    [Fact]
    public async Task Non_covered_services_are_the_patients_in_a_transaction_of_their_own()
    {
        var claim = await ClaimAsync(("97124", 2, 45.00m));
        await PostAsync(Payment("EFT-NC", 40m, Paid(claim, 90m, 40m, Line("97124", 90m, 40m, ("CO", "45", 10m), ("PR", "2", 10m), ("PR", "96", 30m)))));

        await using var db = Open();
        Assert.Equal(40m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        var nonCovered = await db.LedgerTransactions.Include(t => t.Entries).SingleAsync(t => t.SourceKey.EndsWith(RemittancePosting.NonCoveredSuffix));
        Assert.Equal(30m, nonCovered.Entries.Single(e => e.Account == LedgerAccount.PatientReceivable).Amount);
        Assert.Equal(0m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        await AssertBalancedAsync(db);
    }

    [Fact]
    public async Task A_payment_that_does_not_add_up_is_not_posted()
    {
        var claim = await ClaimAsync(("97124", 1, 45.00m));
        var posting = await PostAsync(Payment("EFT-X", 31m, Paid(claim, 45m, 30m, Line("97124", 45m, 30m, ("CO", "45", 15m)))));
        Assert.StartsWith("not posted", posting.Outcome);
        await using var db = Open();
        Assert.Equal(0, await db.RemittancePayments.CountAsync());
    }

    [Fact]
    public async Task A_copay_due_at_the_visit_settles_the_remittances_PR_3_so_the_patient_owes_it_once()
    {
        // R16: Kaiser's $20 copay is the patient's at the visit; the 835 later says the same (PR-3 $20).
        var claim = await CopayClaimAsync(20m, ("97124", 2, 45.00m));
        await using (var atVisit = Open())
        {
            Assert.Equal(20m, await BalanceAsync(atVisit, LedgerAccount.PatientReceivable));
            Assert.Equal(70m, await BalanceAsync(atVisit, LedgerAccount.PayerReceivable));
        }

        await PostAsync(Payment("EFT-C1", 52m, Paid(claim, 90m, 52m, Line("97124", 90m, 52m, ("CO", "45", 18m), ("PR", "3", 20m)))));

        await using var db = Open();
        Assert.Equal(20m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        Assert.Equal(0m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        var posted = await db.Claims.SingleAsync(c => c.Id == claim.Id);
        Assert.Equal((20m, "settled"), (posted.PatientResponsibilityTotal, posted.Reconciliation));
        Assert.Contains("copay already due from the visit is counted against it (R16)", (await db.LedgerTransactions.OrderBy(t => t.PostedAt).ToListAsync()).Last().Explanation);
        // Nothing new for the patient to pay: no "statement ready" message.
        Assert.DoesNotContain(_outbox.Published, m => m is Ballaura.Contracts.Billing.StatementReady);
        await AssertBalancedAsync(db);
    }

    [Fact]
    public async Task When_the_payer_assigns_less_copay_than_was_due_the_patient_owes_only_the_payers_figure()
    {
        var claim = await CopayClaimAsync(25m, ("97124", 2, 45.00m));

        await PostAsync(Payment("EFT-C2", 52m, Paid(claim, 90m, 52m, Line("97124", 90m, 52m, ("CO", "45", 23m), ("PR", "3", 15m)))));

        await using var db = Open();
        Assert.Equal(15m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        Assert.Equal(0m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        await AssertBalancedAsync(db);
    }

    [Fact]
    public async Task A_reversal_and_a_new_payment_leave_the_copay_owed_once()
    {
        var claim = await CopayClaimAsync(20m, ("97124", 2, 45.00m));
        var first = Paid(claim, 90m, 52m, Line("97124", 90m, 52m, ("CO", "45", 18m), ("PR", "3", 20m)));
        await PostAsync(Payment("EFT-C3", 52m, first));
        var reversal = first with
        {
            Status = "22", Charge = -90m, Paid = -52m, PatientResponsibility = -20m,
            Services = [Line("97124", -90m, -52m, ("CO", "45", -18m), ("PR", "3", -20m))],
        };
        await PostAsync(Payment("EFT-C4", 0m, reversal, first));

        await using var db = Open();
        Assert.Equal(20m, await BalanceAsync(db, LedgerAccount.PatientReceivable));
        Assert.Equal(0m, await BalanceAsync(db, LedgerAccount.PayerReceivable));
        Assert.Equal(52m, await BalanceAsync(db, LedgerAccount.Cash));
        await AssertBalancedAsync(db);
    }

    [Fact]
    public async Task Two_changes_to_one_claim_at_once_keep_one_and_the_other_is_told_not_silently_lost()
    {
        var claim = await ClaimAsync(("97124", 2, 45.00m));
        await using var first = Open();
        await using var second = Open();
        var mine = await first.Claims.SingleAsync(c => c.Id == claim.Id);
        var theirs = await second.Claims.SingleAsync(c => c.Id == claim.Id);

        mine.Posted(ClaimStatus.Paid, "PRM-1", 60m, 10m, 20m);
        theirs.Denied("PRM-1");
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Open();
        Assert.Equal((ClaimStatus.Paid, 60m), await check.Claims.Where(c => c.Id == claim.Id).Select(c => ValueTuple.Create(c.Status, c.PaidTotal)).SingleAsync());
    }

    /// <summary>A verified case whose plan states a copay, and a claim of its visit with the copay put on the patient (as VisitCompleted does).</summary>
    private async Task<Claim> CopayClaimAsync(decimal copay, params (string Code, int Units, decimal UnitCharge)[] lines)
    {
        var claim = await ClaimAsync(lines);
        await using var db = Open();
        var billingCase = Ballaura.Billing.Accounts.BillingCase.Record(claim.CaseId, _patient, CoverageType.MajorMedical, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);
        billingCase.Verified(copay, DateTimeOffset.UtcNow);
        db.BillingCases.Add(billingCase);
        await db.SaveChangesAsync();
        var tracked = await db.Claims.SingleAsync(c => c.Id == claim.Id);
        await Ballaura.Billing.Visits.VisitCopay.AssignAsync(db, tracked, DateTimeOffset.UtcNow, CancellationToken.None);
        await db.SaveChangesAsync();
        return tracked;
    }

    private async Task<Claim> ClaimAsync(params (string Code, int Units, decimal UnitCharge)[] lines)
    {
        await using var db = Open();
        var claim = Claim.Draft(Guid.NewGuid(), _patient, Guid.NewGuid(), CoverageType.MajorMedical, Visit, Guid.NewGuid(), Guid.NewGuid(), "1345672012", "Maya Chen, LMT", null, 1,
            lines.Select(l => new ClaimLine(l.Code, l.Units, l.Units * 15, l.UnitCharge, l.Units * l.UnitCharge)), DateTimeOffset.UtcNow);
        db.Claims.Add(claim);
        db.LedgerTransactions.Add(LedgerTransaction.Post($"visit:{claim.BookingId}:claim", _patient, claim.CaseId, "visit", "R15", DateTimeOffset.UtcNow,
            (LedgerAccount.PayerReceivable, claim.Id, claim.TotalCharge), (LedgerAccount.ServiceRevenue, claim.Id, -claim.TotalCharge)));
        await db.SaveChangesAsync();
        return claim;
    }

    private async Task<PaymentPosting> PostAsync(Remittance remittance)
    {
        await using var db = Open();
        return await new RemittancePosting(db, _audit, _outbox, TimeProvider.System).PostAsync(remittance, CancellationToken.None);
    }

    private static Remittance Payment(string trace, decimal total, params ClaimPayment[] claims) =>
        new("I", total, "ACH", new DateOnly(2026, 12, 10), trace, "1430000000", "PREMERA BLUE CROSS", "00430", claims, []);

    private static ClaimPayment Paid(Claim claim, decimal charge, decimal paid, params ServicePayment[] lines) =>
        new(claim.ControlNumber, "1", charge, paid, lines.SelectMany(l => l.Adjustments).Where(a => a.Group == "PR").Sum(a => a.Amount), "PRM-1", [], lines);

    private static ServicePayment Line(string code, decimal charge, decimal paid, params (string Group, string Reason, decimal Amount)[] adjustments) =>
        new(code, [], code, charge, paid, 1m, Visit, adjustments.Select(a => new Adjustment(a.Group, a.Reason, a.Amount, null)).ToList());

    private static async Task<decimal> BalanceAsync(BillingDbContext db, string account) =>
        (await db.LedgerEntries.Where(e => e.Account == account).Select(e => e.Amount).ToListAsync()).Sum();

    private static async Task AssertBalancedAsync(BillingDbContext db)
    {
        var entries = await db.LedgerEntries.Select(e => new { e.TransactionId, e.Amount }).ToListAsync();
        Assert.All(entries.GroupBy(e => e.TransactionId), t => Assert.Equal(0m, t.Sum(e => e.Amount)));
    }

    /// <summary>Who touched which claim, as the posting told the audit log (the service writes it through its outbox).</summary>
    private sealed class RecordedAccesses : IPhiAudit
    {
        public System.Collections.Concurrent.ConcurrentBag<PhiAccess> Accesses { get; } = [];

        public void Record(PhiAccess access) => Accesses.Add(access);

        public Task RecordNowAsync(PhiAccess access, CancellationToken cancellationToken)
        {
            Accesses.Add(access);
            return Task.CompletedTask;
        }
    }

    private BillingSqliteDbContext Open() => _database.Open();
}
