using Ballaura.Billing.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Ledger;

/// <summary>One line of a patient's statement: what it is, the rule behind it, and what it does to the balance.</summary>
public sealed record StatementLine(DateTimeOffset PostedAt, Guid? CaseId, string Explanation, string Rule, decimal Amount, decimal RunningBalance);

public sealed record Statement(Guid PatientId, decimal Balance, IReadOnlyList<StatementLine> Lines);

/// <summary>Whether every transaction, and so the whole ledger, balances to the cent.</summary>
public sealed record LedgerCheck(bool Balanced, int Transactions, int Entries, decimal Total, IReadOnlyList<Guid> Unbalanced);

public static class StatementEndpoints
{
    public static RouteGroupBuilder MapStatements(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/statement", StatementAsync).WithName("PatientStatement").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<Statement>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/ledger/check", CheckAsync).WithName("CheckLedger").RequireAuthorization(BallauraPolicies.Billing).Produces<LedgerCheck>();
        return api;
    }

    /// <summary>What the patient owes and why, oldest first; a patient sees only their own (another's is a 404).</summary>
    internal static async Task<IResult> StatementAsync(Guid patientId, HttpContext http, BillingDbContext db, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess("read", "statement", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var transactions = await db.LedgerTransactions.AsNoTracking().Include(t => t.Entries)
            .Where(t => t.PatientId == patientId && t.Entries.Any(e => e.Account == LedgerAccount.PatientReceivable))
            .OrderBy(t => t.PostedAt).ToListAsync(cancellationToken);
        var balance = 0m;
        var lines = new List<StatementLine>(transactions.Count);
        foreach (var transaction in transactions)
        {
            var amount = transaction.Entries.Where(e => e.Account == LedgerAccount.PatientReceivable).Sum(e => e.Amount);
            balance += amount;
            lines.Add(new StatementLine(transaction.PostedAt, transaction.CaseId, transaction.Explanation, transaction.Rule, amount, balance));
        }

        return TypedResults.Ok(new Statement(patientId, balance, lines));
    }

    internal static async Task<IResult> CheckAsync(BillingDbContext db, CancellationToken cancellationToken)
    {
        // Summed here, not in SQL: SQLite has no exact decimal arithmetic.
        var entries = await db.LedgerEntries.AsNoTracking().Select(e => new { e.TransactionId, e.Amount }).ToListAsync(cancellationToken);
        var unbalanced = entries.GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.Amount) != 0m).Select(g => g.Key).ToList();
        var total = entries.Sum(e => e.Amount);
        return TypedResults.Ok(new LedgerCheck(unbalanced.Count == 0 && total == 0m, entries.Select(e => e.TransactionId).Distinct().Count(), entries.Count, total, unbalanced));
    }
}
