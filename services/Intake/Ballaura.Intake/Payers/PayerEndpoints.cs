using Ballaura.Intake.Data;
using Ballaura.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Intake.Payers;

public sealed record PayerResponse(string Id, string Name, string CoverageType, bool Accepted, bool TakingNewClients, DateTimeOffset UpdatedAt)
{
    public static PayerResponse From(Payer p) => new(p.Id, p.Name, p.CoverageType.ToString(), p.Accepted, p.TakingNewClients, p.UpdatedAt);
}

public sealed record PayerSwitchRequest(bool? Value);

/// <summary>The payer directory: everyone signed in reads it (a patient picks their payer); front desk flips
/// "taking new insurance clients", admins change whether a payer is accepted at all.</summary>
public static class PayerEndpoints
{
    public static RouteGroupBuilder MapPayers(this RouteGroupBuilder api)
    {
        api.MapGet("/payers", ListAsync).WithName("ListPayers").RequireAuthorization(BallauraPolicies.Authenticated);
        api.MapPut("/payers/{payerId}/taking-new-clients", (string payerId, PayerSwitchRequest request, IntakeDbContext db, TimeProvider time, CancellationToken ct) =>
            SwitchAsync(payerId, request, db, time, (payer, value, now) => payer.SetTakingNewClients(value, now), ct))
            .WithName("SetTakingNewClients").RequireAuthorization(BallauraPolicies.FrontDesk);
        api.MapPut("/payers/{payerId}/accepted", (string payerId, PayerSwitchRequest request, IntakeDbContext db, TimeProvider time, CancellationToken ct) =>
            SwitchAsync(payerId, request, db, time, (payer, value, now) => payer.SetAccepted(value, now), ct))
            .WithName("SetPayerAccepted").RequireAuthorization(BallauraPolicies.Admin);
        return api;
    }

    internal static async Task<Ok<List<PayerResponse>>> ListAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var payers = await db.Payers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(payers.Select(PayerResponse.From).ToList());
    }

    private static async Task<Results<Ok<PayerResponse>, NotFound, ValidationProblem>> SwitchAsync(
        string payerId, PayerSwitchRequest request, IntakeDbContext db, TimeProvider time, Action<Payer, bool, DateTimeOffset> change,
        CancellationToken cancellationToken)
    {
        if (request.Value is not { } value)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["value"] = ["Say true or false."] }, title: "The request has invalid fields.");
        }

        var payer = await db.Payers.FirstOrDefaultAsync(p => p.Id == payerId, cancellationToken);
        if (payer is null)
        {
            return TypedResults.NotFound();
        }

        change(payer, value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PayerResponse.From(payer));
    }
}
