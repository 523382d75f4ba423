using Ballaura.Billing.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Cards;

public sealed record PlannedChargeView(string Basis, string Kind, decimal Amount, DateTimeOffset OwedSince, bool Due, string Rule, string Explanation, string? CardProblem);

public sealed record CardChargeView(Guid Id, string Basis, int Attempt, decimal Amount, string Status, string Rule, string Explanation, string? Reference, string? Reason, DateTimeOffset At);

public sealed record ChargesResponse(IReadOnlyList<CardChargeView> Charges, IReadOnlyList<PlannedChargeView> Balances);

/// <summary>
/// A patient's card charges and every open balance with what the policy says of it (due, or why not yet — with the
/// rule); billing staff run a pass now instead of waiting for the schedule.
/// </summary>
public static class CardChargeEndpoints
{
    public static RouteGroupBuilder MapCardCharges(this RouteGroupBuilder api)
    {
        api.MapGet("/patients/{patientId:guid}/card-charges", ListAsync).WithName("PatientCardCharges").RequireAuthorization(BallauraPolicies.PatientData)
            .Produces<ChargesResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/card-charges/runs", RunAsync).WithName("RunCardCharges").RequireAuthorization(BallauraPolicies.Billing).Produces<List<CardChargeView>>();
        return api;
    }

    internal static async Task<IResult> ListAsync(Guid patientId, HttpContext http, BillingDbContext db, CardChargeRun run, IPhiAudit audit, CancellationToken cancellationToken)
    {
        var allowed = http.Caller().MaySeePatient(patientId);
        audit.Record(new PhiAccess("read", "card-charges", patientId.ToString(), patientId, allowed ? PhiAccessOutcome.Allowed : PhiAccessOutcome.Denied));
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Unknown patient.", statusCode: StatusCodes.Status404NotFound);
        }

        var charges = await db.CardCharges.AsNoTracking().Where(c => c.PatientId == patientId).OrderBy(c => c.At).ToListAsync(cancellationToken);
        var plan = await run.PlanAsync(patientId, cancellationToken);
        return TypedResults.Ok(new ChargesResponse(
            charges.Select(View).ToList(),
            plan.Select(p => new PlannedChargeView(p.Candidate.Basis, p.Candidate.Kind.ToString(), p.Candidate.Amount, p.Candidate.OwedSince, p.Decision.Due,
                p.Decision.Rule, p.Decision.Explanation, p.CardProblem)).ToList()));
    }

    internal static async Task<IResult> RunAsync(CardChargeRun run, IPhiAudit audit, BillingDbContext db, CancellationToken cancellationToken)
    {
        var charges = await run.RunAsync(cancellationToken);
        foreach (var patient in charges.Select(c => c.PatientId).Distinct())
        {
            audit.Record(new PhiAccess("update", "card-charges", patient.ToString(), patient, PhiAccessOutcome.Allowed));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(charges.Select(View).ToList());
    }

    private static CardChargeView View(CardCharge c) =>
        new(c.Id, c.Basis, c.Attempt, c.Amount, c.Status.ToString(), c.Rule, c.Explanation, c.ProcessorReference, c.FailureReason, c.At);
}
