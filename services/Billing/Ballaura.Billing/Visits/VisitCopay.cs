using System.Globalization;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Visits;

/// <summary>
/// R16: when the plan states a copay, it is the patient's at the visit — moved from what the payer owes to what the
/// patient owes, to be paid at the desk. The claim's first remittance then settles its PR-3 against it (never owed twice).
/// </summary>
public static class VisitCopay
{
    public static async Task AssignAsync(BillingDbContext db, Claim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var copay = await db.BillingCases.Where(c => c.CaseId == claim.CaseId).Select(c => c.Copay).FirstOrDefaultAsync(cancellationToken);
        if (copay is not > 0m)
        {
            return;
        }

        var amount = Math.Min(copay.Value, claim.TotalCharge);
        claim.CopayAssigned(amount);
        db.LedgerTransactions.Add(LedgerTransaction.Post($"visit:{claim.BookingId}:copay", claim.PatientId, claim.CaseId,
            $"Copay of {amount.ToString("C", CultureInfo.GetCultureInfo("en-US"))} for the visit of {claim.DateOfService:yyyy-MM-dd}, due at the visit; "
            + $"the payer's copay (PR-3) on claim {claim.ControlNumber} is settled against it, never owed twice.",
            "R16 (copay at the visit)", now,
            (LedgerAccount.PatientReceivable, claim.Id, amount),
            (LedgerAccount.PayerReceivable, claim.Id, -amount)));
    }
}
