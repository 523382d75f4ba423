using Ballaura.Billing.Data;
using Ballaura.Security;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Clearinghouse;

public sealed record BatchResponse(Guid Id, int ControlNumber, int ClaimCount, string Status, DateTimeOffset CreatedAt, int Attempts, string? LastError, DateTimeOffset? AcknowledgedAt);

/// <summary>For billing staff: send waiting claims now, read the mailbox now, and see the files sent and received.</summary>
public static class ClearinghouseEndpoints
{
    public static RouteGroupBuilder MapClearinghouse(this RouteGroupBuilder api)
    {
        api.MapPost("/claims/submissions", async (ClaimSubmitter submitter, CancellationToken ct) => TypedResults.Ok(await submitter.RunAsync(ct)))
            .WithName("SubmitClaims").RequireAuthorization(BallauraPolicies.Billing);
        api.MapPost("/clearinghouse/mailbox", async (MailboxReader reader, CancellationToken ct) => TypedResults.Ok(await reader.RunAsync(ct)))
            .WithName("ReadClearinghouseMailbox").RequireAuthorization(BallauraPolicies.Billing);
        api.MapGet("/clearinghouse/batches", async (BillingDbContext db, CancellationToken ct) => TypedResults.Ok(
                (await db.ClaimBatches.AsNoTracking().OrderByDescending(b => b.ControlNumber).Take(200).ToListAsync(ct))
                .Select(b => new BatchResponse(b.Id, b.ControlNumber, b.ClaimCount, b.Status.ToString(), b.CreatedAt, b.Attempts, b.LastError, b.AcknowledgedAt)).ToList()))
            .WithName("ListClaimBatches").RequireAuthorization(BallauraPolicies.Billing);
        api.MapGet("/clearinghouse/files", async (BillingDbContext db, CancellationToken ct) => TypedResults.Ok(
                await db.ReceivedFiles.AsNoTracking().OrderByDescending(f => f.Sequence).Take(200).ToListAsync(ct)))
            .WithName("ListReceivedFiles").RequireAuthorization(BallauraPolicies.Billing);
        return api;
    }
}
