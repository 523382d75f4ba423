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

public sealed record AddPayerRequest(string? Id, string? Name, string? CoverageType, string? ClearinghouseId);

/// <summary>The payer directory: everyone signed in reads it (a patient picks their payer); front desk flips
/// "taking new insurance clients", admins change whether a payer is accepted at all.</summary>
public static class PayerEndpoints
{
    public static RouteGroupBuilder MapPayers(this RouteGroupBuilder api)
    {
        api.MapGet("/payers", ListAsync).WithName("ListPayers").RequireAuthorization(BallauraPolicies.Authenticated);
        api.MapPost("/payers", AddAsync).WithName("AddPayer").RequireAuthorization(BallauraPolicies.Admin);
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

    /// <summary>Admins add a payer the clinic starts to accept (R3: staff change the list); it takes new clients at once.</summary>
    internal static async Task<Results<Created<PayerResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddPayerRequest request, IntakeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var known = Enum.TryParse<Contracts.CoverageType>(request.CoverageType, ignoreCase: true, out var coverageType)
            && Enum.IsDefined(coverageType) && !int.TryParse(request.CoverageType, out _);
        var errors = new Ballaura.ServiceDefaults.RequestErrors()
            .Check(request.Id is { Length: >= 2 and <= 40 } id && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "id",
                "The payer id is 2–40 lower-case letters, digits and dashes (e.g. regence).")
            .Check(request.Name is { Length: >= 2 and <= 100 }, "name", "The payer's name is required (at most 100 characters).")
            .Check(known, "coverageType", "The coverage type is WorkersCompensation, PersonalInjuryProtection or MajorMedical.")
            .Check(request.ClearinghouseId is null || Validation.FieldRules.IsIdentifier(request.ClearinghouseId, 80), "clearinghouseId",
                "The clearinghouse payer id has letters, digits and dashes only.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Payers.AnyAsync(p => p.Id == request.Id, cancellationToken))
        {
            return TypedResults.Problem(title: "This payer is already in the directory.", detail: $"'{request.Id}' exists; switch it on instead.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var payer = Payer.Add(request.Id!, request.Name!.Trim(), coverageType, request.ClearinghouseId, time.GetUtcNow());
        db.Payers.Add(payer);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/intake/payers/{payer.Id}", PayerResponse.From(payer));
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
