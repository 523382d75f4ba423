using Ballaura.Contracts.Billing;
using Ballaura.Messaging.Outbox;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Billing.Remittances;
using Ballaura.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Cards;

/// <summary>A balance, what the policy says of it now, and the card that would pay it (none when <paramref name="CardProblem"/> says why).</summary>
public sealed record PlannedCharge(ChargeCandidate Candidate, ChargeDecision Decision, string? CardProblem, BillingCard? Card);

/// <summary>
/// One pass of the card-on-file policy: every open balance on a patient's account is weighed by <see cref="ChargePolicy"/>;
/// those due are charged to the card once (the processor key is the balance's, so a retry after a timeout cannot charge
/// twice; a charge is posted to the ledger under a unique key). Declines are final and shown, never retried on their own.
/// </summary>
public sealed class CardChargeRun(BillingDbContext db, ICardProcessor processor, IOutbox outbox, TimeProvider time)
{
    /// <summary>
    /// The source key of whatever paid a balance — a card charge or money at the desk — followed by the balance's basis:
    /// unique, so one balance is never paid twice.
    /// </summary>
    public const string PaidPrefix = "paid:";

    private static readonly TimeSpan ProcessorTimeout = TimeSpan.FromSeconds(10);

    public async Task<List<PlannedCharge>> PlanAsync(Guid? patientId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var transactions = await db.LedgerTransactions.AsNoTracking().Include(t => t.Entries)
            .Where(t => (patientId == null || t.PatientId == patientId)
                && (t.SourceKey.StartsWith("fee:") || t.SourceKey.StartsWith("visit:") || t.SourceKey.StartsWith("remit:"))
                && t.Entries.Any(e => e.Account == LedgerAccount.PatientReceivable))
            .ToListAsync(cancellationToken);
        var settled = (await db.LedgerTransactions.AsNoTracking().Where(t => t.SourceKey.StartsWith(PaidPrefix)).Select(t => t.SourceKey).ToListAsync(cancellationToken))
            .Select(k => k[PaidPrefix.Length..]).ToHashSet();
        var declined = (await db.CardCharges.AsNoTracking().Where(c => c.Status == CardChargeStatus.Declined).Select(c => c.Basis).ToListAsync(cancellationToken)).ToHashSet();
        var claimIds = transactions.SelectMany(t => t.Entries).Select(e => e.ClaimId).OfType<Guid>().Distinct().ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var patients = transactions.Select(t => t.PatientId).Distinct().ToList();
        var cards = await db.BillingCards.AsNoTracking().Where(c => patients.Contains(c.PatientId)).ToDictionaryAsync(c => c.PatientId, cancellationToken);

        var plan = new List<PlannedCharge>();
        foreach (var transaction in transactions)
        {
            var basis = $"ledger:{transaction.Id}";
            var amount = transaction.Entries.Where(e => e.Account == LedgerAccount.PatientReceivable).Sum(e => e.Amount);
            if (amount <= 0m || settled.Contains(basis))
            {
                continue;
            }

            var claim = transaction.Entries.Select(e => e.ClaimId).OfType<Guid>().Select(id => claims.GetValueOrDefault(id)).FirstOrDefault(c => c is not null);
            var kind = transaction.SourceKey.StartsWith("fee:", StringComparison.Ordinal) ? BalanceKind.Fee
                // A copay is the patient's share on a claim, from the visit on (R16); R19 governs charging it to the card.
                : transaction.SourceKey.EndsWith(":copay", StringComparison.Ordinal) ? BalanceKind.PatientShare
                : transaction.SourceKey.StartsWith("visit:", StringComparison.Ordinal) ? BalanceKind.SelfPay
                : transaction.SourceKey.EndsWith(RemittancePosting.NonCoveredSuffix, StringComparison.Ordinal) ? BalanceKind.NonCovered
                : BalanceKind.PatientShare;
            var candidate = new ChargeCandidate(basis, transaction.PatientId, kind, amount, transaction.PostedAt, claim?.CoverageType, claim?.RebillCount ?? 0, claim?.FirstSubmittedAt);
            var card = cards.GetValueOrDefault(transaction.PatientId);
            var cardProblem = declined.Contains(basis) ? "The card was declined for this balance: take a new card and charge it by hand."
                : card is null ? "No card on file."
                : !card.ValidOn(DateOnly.FromDateTime(now.UtcDateTime)) ? "The card on file has expired."
                : null;
            plan.Add(new PlannedCharge(candidate, ChargePolicy.Decide(candidate, now), cardProblem, cardProblem is null ? card : null));
        }

        return plan;
    }

    /// <returns>The charges attempted in this pass.</returns>
    public async Task<List<CardCharge>> RunAsync(CancellationToken cancellationToken)
    {
        var attempted = new List<CardCharge>();
        foreach (var due in (await PlanAsync(null, cancellationToken)).Where(p => p.Decision.Due && p.CardProblem is null))
        {
            if (await ChargeAsync(due, cancellationToken) is { } charge)
            {
                attempted.Add(charge);
            }
        }

        return attempted;
    }

    private async Task<CardCharge?> ChargeAsync(PlannedCharge due, CancellationToken cancellationToken)
    {
        var (candidate, card) = (due.Candidate, due.Card!);
        var attempt = await db.CardCharges.CountAsync(c => c.Basis == candidate.Basis, cancellationToken) + 1;
        // One processor key per balance: a retry after a timeout or an outage is the same charge to the processor.
        var key = CardCharge.KeyOf(candidate.Basis, 1);
        CardChargeResult result;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(ProcessorTimeout);
            try
            {
                result = await processor.ChargeAsync(card.ProcessorToken, candidate.Amount, key, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                result = new CardChargeResult(CardChargeStatus.Failed, null, "The processor did not answer in time; the next pass asks again with the same key.");
            }
        }

        var now = time.GetUtcNow();
        var charge = CardCharge.Attempted(candidate.PatientId, candidate.Basis, attempt, key, candidate.Amount, due.Decision.Rule, due.Decision.Explanation, result, now);
        db.CardCharges.Add(charge);
        if (result.Status == CardChargeStatus.Approved)
        {
            db.LedgerTransactions.Add(LedgerTransaction.Post(PaidPrefix + candidate.Basis, candidate.PatientId, null,
                $"Charged {candidate.Amount:0.00} to the {card.Brand} card ending {card.Last4} (processor {result.Reference}): {due.Decision.Explanation}",
                due.Decision.Rule, now,
                (LedgerAccount.Cash, null, candidate.Amount),
                (LedgerAccount.PatientReceivable, null, -candidate.Amount)));
            // Told to the patient through the outbox, in the transaction that records the charge.
            outbox.Publish(new PatientCharged(charge.Id, candidate.PatientId, candidate.Amount, card.Brand, card.Last4, due.Decision.Rule, due.Decision.Explanation, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return charge;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another pass recorded this attempt or posted this charge first; the processor's key kept it to one charge.
            db.ChangeTracker.Clear();
            return null;
        }
    }
}
