using System.Globalization;
using Ballaura.Billing.Claims;
using Ballaura.Contracts.Billing;
using Ballaura.Messaging.Outbox;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Persistence;
using Ballaura.Security.Audit;
using Ballaura.X12.Remittances;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Remittances;

/// <summary>What happened to one claim of a remittance.</summary>
public sealed record ClaimPosting(string ControlNumber, string Outcome, string Explanation);

/// <summary>What happened to one payment: posted, already posted (refused), or not posted because it does not add up.</summary>
public sealed record PaymentPosting(string TraceNumber, string PayerId, string Outcome, decimal TotalPaid, IReadOnlyList<ClaimPosting> Claims);

/// <summary>
/// Posts one 835 payment in one transaction: the payment's identity (refused when already posted), a balanced ledger
/// transaction per claim — cash, contractual write-off (CO), patient responsibility (PR-1 deductible, PR-2 co-insurance,
/// PR-3 copay), other payer adjustments (OA, PI, CR), against what the payer owed — and the claim's new state. Denials,
/// zero payments and anything that does not match a claim go to the work queue with the reasons in words.
/// </summary>
public sealed class RemittancePosting(BillingDbContext db, IPhiAudit audit, IOutbox outbox, TimeProvider time)
{
    /// <summary>The source key's ending for the non-covered part of a claim payment.</summary>
    public const string NonCoveredSuffix = ":noncovered";

    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    private const int MaxAttempts = 3;

    public Task<PaymentPosting> PostAsync(Remittance remittance, CancellationToken cancellationToken) => PostAsync(remittance, cancellationToken, 1);

    private async Task<PaymentPosting> PostAsync(Remittance remittance, CancellationToken cancellationToken, int attempt)
    {
        if (!remittance.Balances)
        {
            return new PaymentPosting(remittance.TraceNumber, remittance.TraceOriginator, "not posted: BPR02 is not the claims' payments less the provider adjustments",
                remittance.TotalPaid, []);
        }

        if (await db.RemittancePayments.AnyAsync(p => p.TraceNumber == remittance.TraceNumber && p.PayerId == remittance.TraceOriginator, cancellationToken))
        {
            return Duplicate(remittance);
        }

        var now = time.GetUtcNow();
        db.RemittancePayments.Add(RemittancePayment.Of(remittance.TraceNumber, remittance.TraceOriginator, remittance.PayerName, remittance.TotalPaid,
            remittance.PaymentMethod, remittance.PaymentDate, remittance.Claims.Count, now));
        var numbers = remittance.Claims.Select(c => c.PatientControlNumber).Distinct().ToList();
        var claims = await db.Claims.Where(c => numbers.Contains(c.ControlNumber)).ToDictionaryAsync(c => c.ControlNumber, cancellationToken);
        var outcomes = remittance.Claims.Select((payment, index) => Post(remittance, payment, index, claims.GetValueOrDefault(payment.PatientControlNumber), now)).ToList();
        foreach (var claim in claims.Values)
        {
            audit.Record(new PhiAccess("update", "claim", claim.Id.ToString(), claim.PatientId, PhiAccessOutcome.Allowed));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // The same payment posted at the same moment by another request: that one won, nothing of this one is kept.
            db.ChangeTracker.Clear();
            return Duplicate(remittance);
        }
        catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
        {
            // A claim changed under us (another payment, a rebill): nothing of this one was kept; read the claims again.
            db.ChangeTracker.Clear();
            return await PostAsync(remittance, cancellationToken, attempt + 1);
        }

        return new PaymentPosting(remittance.TraceNumber, remittance.TraceOriginator, "posted", remittance.TotalPaid, outcomes);
    }

    private ClaimPosting Post(Remittance remittance, ClaimPayment payment, int index, Claim? claim, DateTimeOffset now)
    {
        var reasons = string.Join("; ", payment.AllAdjustments.Select(ReasonCodes.Explain));
        if (claim is null)
        {
            return Queue("unknown claim", payment, null, remittance, $"No claim has the control number {payment.PatientControlNumber}. {reasons}", now);
        }

        if (payment.IsDenied)
        {
            claim.Denied(payment.PayerClaimNumber);
            return Queue("denied", payment, claim, remittance, $"Denied by {remittance.PayerName ?? remittance.TraceOriginator}: {(reasons.Length > 0 ? reasons : "no reason given")}.", now);
        }

        var unmatched = payment.Services.Where(s => !claim.Lines.Any(l => l.Code == s.BilledCode || l.Code == s.Code)).Select(s => s.BilledCode).ToList();
        var patient = payment.AllAdjustments.Where(a => a.Group == "PR").Sum(a => a.Amount);
        var contractual = payment.AllAdjustments.Where(a => a.Group == "CO").Sum(a => a.Amount);
        var other = payment.AllAdjustments.Where(a => a.Group is "OA" or "PI" or "CR").Sum(a => a.Amount);
        // Services the plan does not cover are the patient's too, but R19 charges them on other terms: kept apart.
        var nonCovered = payment.AllAdjustments.Where(a => a.Group == "PR" && ReasonCodes.NonCovered.Contains(a.Reason)).Sum(a => a.Amount);
        // R16: the copay put on the patient at the visit is already owed; the first remittance's patient share is net of it.
        var copayOffset = payment.IsReversal ? 0m : claim.TakeCopayOffset();
        var source = $"remit:{remittance.TraceOriginator}:{remittance.TraceNumber}:{payment.PatientControlNumber}:{payment.Status}:{index}";
        db.LedgerTransactions.Add(LedgerTransaction.Post(
            source, claim.PatientId, claim.CaseId, Describe(remittance, payment, claim, patient - nonCovered, contractual, other, copayOffset),
            payment.IsReversal ? "835 CLP02=22 reversal" : "835 remittance (CAS CO, PR: R16–R18)", now,
            (LedgerAccount.Cash, claim.Id, payment.Paid),
            (LedgerAccount.PatientReceivable, claim.Id, patient - nonCovered - copayOffset),
            (LedgerAccount.ContractualAdjustment, claim.Id, contractual),
            (LedgerAccount.PayerAdjustment, claim.Id, other),
            (LedgerAccount.PayerReceivable, claim.Id, -(payment.Paid + patient - nonCovered - copayOffset + contractual + other))));
        if (nonCovered != 0m)
        {
            db.LedgerTransactions.Add(LedgerTransaction.Post(
                source + NonCoveredSuffix, claim.PatientId, claim.CaseId,
                $"Not covered by the plan on claim {claim.ControlNumber} (visit {claim.DateOfService:yyyy-MM-dd}): {nonCovered.ToString("C", Dollars)} is the patient's.",
                "835 PR non-covered (R19)", now,
                (LedgerAccount.PatientReceivable, claim.Id, nonCovered),
                (LedgerAccount.PayerReceivable, claim.Id, -nonCovered)));
        }

        // The patient hears of a new amount to pay, in the transaction that posts it.
        var newlyOwed = patient - copayOffset;
        if (newlyOwed > 0m)
        {
            outbox.Publish(new StatementReady(claim.PatientId, claim.CaseId, newlyOwed, claim.DateOfService, source, now));
        }

        var linesDenied = payment.Services.Any(s => s.Paid == 0m && s.Adjustments.Any(a => a.Group != "PR"));
        claim.Posted(payment.IsReversal ? ClaimStatus.Accepted : linesDenied || other != 0m ? ClaimStatus.PartiallyPaid : ClaimStatus.Paid,
            payment.PayerClaimNumber, payment.Paid, patient, contractual + other);

        if (unmatched.Count > 0)
        {
            return Queue("line not on claim", payment, claim, remittance, $"Posted, but the payer paid code(s) {string.Join(", ", unmatched)} that the claim does not carry. {reasons}", now);
        }

        if (payment.Paid == 0m && !payment.IsReversal)
        {
            return Queue("zero payment", payment, claim, remittance, $"Posted with no payment: {reasons}.", now);
        }

        return new ClaimPosting(payment.PatientControlNumber, payment.IsReversal ? "reversed" : "posted", reasons);
    }

    private ClaimPosting Queue(string kind, ClaimPayment payment, Claim? claim, Remittance remittance, string explanation, DateTimeOffset now)
    {
        db.WorkItems.Add(WorkItem.Open(kind, payment.PatientControlNumber, claim?.Id, remittance.TraceNumber, explanation, now));
        return new ClaimPosting(payment.PatientControlNumber, kind, explanation);
    }

    private static string Describe(Remittance remittance, ClaimPayment payment, Claim claim, decimal patient, decimal contractual, decimal other, decimal copayOffset)
    {
        string Money(decimal amount) => amount.ToString("C", Dollars);
        var pr = payment.AllAdjustments.Where(a => a.Group == "PR").GroupBy(a => a.Reason)
            .Select(g => $"{ReasonCodes.PatientShareName(g.Key)} {Money(g.Sum(a => a.Amount))}");
        var verb = payment.IsReversal ? "reversed" : "paid";
        return $"{remittance.PayerName ?? remittance.TraceOriginator} {verb} {Money(payment.Paid)} on claim {claim.ControlNumber} (visit {claim.DateOfService:yyyy-MM-dd}), "
            + $"payment {remittance.TraceNumber}: contractual write-off {Money(contractual)}, patient responsibility {Money(patient)}"
            + (patient != 0m ? $" ({string.Join(", ", pr)})" : "")
            + (other != 0m ? $", other payer adjustments {Money(other)}" : "")
            + (copayOffset != 0m ? $"; the {Money(copayOffset)} copay already due from the visit is counted against it (R16), so {Money(patient - copayOffset)} more is the patient's" : "") + ".";
    }

    private static PaymentPosting Duplicate(Remittance remittance) =>
        new(remittance.TraceNumber, remittance.TraceOriginator, "already posted: refused", remittance.TotalPaid, []);
}
