using Ballaura.Billing.Coding;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Contracts;
using Ballaura.Contracts.Scheduling;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballaura.Billing.Fees;

/// <summary>Records the fee decision and, when charged, the ledger transaction — together, behind the inbox, once per booking.</summary>
public sealed class FeeRecorder(BillingDbContext db, IOptions<BillingOptions> options, TimeProvider time)
{
    public async Task RecordAsync(Guid bookingId, Guid patientId, Guid? caseId, CoverageType? coverage, string kind, CancellationToken cancellationToken)
    {
        if (await db.FeeDecisions.AnyAsync(f => f.BookingId == bookingId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var (amount, charged, rule, explanation) = FeePolicy.Decide(kind, coverage, options.Value);
        db.FeeDecisions.Add(FeeDecision.Of(bookingId, patientId, caseId, kind, amount, charged, rule, explanation, now));
        if (charged)
        {
            db.LedgerTransactions.Add(LedgerTransaction.Post($"fee:{bookingId}", patientId, caseId, explanation, rule, now,
                (LedgerAccount.PatientReceivable, null, amount),
                (LedgerAccount.FeeRevenue, null, -amount)));
        }
    }
}

public sealed class LateCancellationFeeDueConsumer(FeeRecorder fees) : IConsumer<LateCancellationFeeDue>
{
    public Task Consume(ConsumeContext<LateCancellationFeeDue> context)
    {
        var due = context.Message;
        return fees.RecordAsync(due.BookingId, due.PatientId, due.CaseId, due.CoverageType, FeeKinds.LateCancellation, context.CancellationToken);
    }
}

public sealed class NoShowFeeDueConsumer(FeeRecorder fees) : IConsumer<NoShowFeeDue>
{
    public Task Consume(ConsumeContext<NoShowFeeDue> context)
    {
        var due = context.Message;
        return fees.RecordAsync(due.BookingId, due.PatientId, due.CaseId, due.CoverageType, FeeKinds.NoShow, context.CancellationToken);
    }
}
