using System.Globalization;
using System.Text.RegularExpressions;
using Ballaura.Billing.Cards;
using Ballaura.Billing.Data;
using Ballaura.Billing.Ledger;
using Ballaura.Persistence;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Payments;

public sealed record DeskPaymentRequest(string? Basis, string? Method, string? Reference);

public sealed record DeskPaymentResponse(string Basis, decimal Amount, string Method, string Rule, string Explanation);

/// <summary>
/// Money taken at the front desk — typically the copay at the visit (R16) — paying one open balance in full. It is
/// posted under the same key a card charge of that balance would use, so the balance can never be paid twice (the
/// card-on-file pass leaves it alone from then on).
/// </summary>
public static partial class DeskPayments
{
    public static readonly string[] Methods = ["cash", "check", "card-terminal"];

    public static RouteGroupBuilder MapDeskPayments(this RouteGroupBuilder api)
    {
        api.MapPost("/patients/{patientId:guid}/desk-payments", HandleAsync).WithName("RecordDeskPayment").RequireAuthorization(BallauraPolicies.FrontDesk)
            .Produces<DeskPaymentResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    internal static async Task<IResult> HandleAsync(
        Guid patientId, DeskPaymentRequest? request, BillingDbContext db, CardChargeRun run, IPhiAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request?.Basis), "basis", "Name the balance being paid (its basis from the patient's balances).")
            .Check(request?.Method is { } given && Methods.Contains(given), "method", $"The method is one of: {string.Join(", ", Methods)}.")
            .Check(request?.Reference is null || request.Reference.Length <= 40, "reference", "The reference (check number, terminal receipt) is at most 40 characters.")
            .Check(request?.Reference is null || !LongDigitRun().IsMatch(request.Reference.Replace(" ", "").Replace("-", "")), "reference",
                "That looks like a card number: never record one; the terminal's receipt number is enough.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        audit.Record(new PhiAccess("update", "desk-payment", patientId.ToString(), patientId, PhiAccessOutcome.Allowed));
        var balance = (await run.PlanAsync(patientId, cancellationToken)).FirstOrDefault(p => p.Candidate.Basis == request!.Basis);
        if (balance is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            var paid = await db.LedgerTransactions.AnyAsync(t => t.SourceKey == CardChargeRun.PaidPrefix + request!.Basis && t.PatientId == patientId, cancellationToken);
            return paid
                ? TypedResults.Problem(title: "The balance is already paid.", detail: "It was paid at the desk or charged to the card before.", statusCode: StatusCodes.Status409Conflict)
                : TypedResults.Problem(title: "No such open balance for this patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var amount = balance.Candidate.Amount;
        var (method, referenceText) = (request!.Method!, request.Reference);
        var copay = await IsCopayAsync(db, balance.Candidate.Basis, cancellationToken);
        var rule = copay ? "R16 (copay at the visit)" : "payment at the desk";
        var explanation = $"Paid {amount.ToString("C", CultureInfo.GetCultureInfo("en-US"))} at the desk by {method}"
            + (referenceText is { Length: > 0 } reference ? $" ({reference})" : "") + (copay ? ": the visit's copay." : ".");
        db.LedgerTransactions.Add(LedgerTransaction.Post(CardChargeRun.PaidPrefix + balance.Candidate.Basis, patientId, null, explanation, rule, time.GetUtcNow(),
            (LedgerAccount.Cash, null, amount),
            (LedgerAccount.PatientReceivable, null, -amount)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return TypedResults.Problem(title: "The balance is already paid.", detail: "A card charge or another desk payment paid it a moment ago.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(new DeskPaymentResponse(balance.Candidate.Basis, amount, method, rule, explanation));
    }

    private static async Task<bool> IsCopayAsync(BillingDbContext db, string basis, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(basis.Replace("ledger:", "", StringComparison.Ordinal), out var parsed) ? parsed : Guid.Empty;
        return await db.LedgerTransactions.AnyAsync(t => t.Id == id && t.SourceKey.EndsWith(":copay"), cancellationToken);
    }

    [GeneratedRegex(@"\d{12,}")]
    private static partial Regex LongDigitRun();
}
