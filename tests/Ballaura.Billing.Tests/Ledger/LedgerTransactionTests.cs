using Ballaura.Billing.Ledger;
using Xunit;

namespace Ballaura.Billing.Tests.Ledger;

public sealed class LedgerTransactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_balanced_transaction_keeps_each_line()
    {
        var transaction = LedgerTransaction.Post("visit:1:self-pay", Guid.NewGuid(), null, "Cupping add-on", "R12", Now,
            (LedgerAccount.PatientReceivable, null, 30.00m), (LedgerAccount.ServiceRevenue, null, -30.00m));
        Assert.Equal(0m, transaction.Entries.Sum(e => e.Amount));
        Assert.Equal(2, transaction.Entries.Count);
    }

    [Fact]
    public void An_unbalanced_transaction_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => LedgerTransaction.Post("x", Guid.NewGuid(), null, "", "", Now,
            (LedgerAccount.PatientReceivable, null, 30.00m), (LedgerAccount.ServiceRevenue, null, -29.99m)));

    [Fact]
    public void Fractions_of_a_cent_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => LedgerTransaction.Post("x", Guid.NewGuid(), null, "", "", Now,
            (LedgerAccount.PatientReceivable, null, 10.005m), (LedgerAccount.ServiceRevenue, null, -10.005m)));
}
