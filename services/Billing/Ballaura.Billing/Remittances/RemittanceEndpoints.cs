using Ballaura.Billing.Data;
using Ballaura.Security;
using Ballaura.Security.Audit;
using Ballaura.X12;
using Ballaura.X12.Remittances;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Billing.Remittances;

/// <summary>
/// Billing staff post an 835 file (body: the X12 text) and work the queue of what the payer denied or did not pay.
/// Each payment in the file is posted on its own; the same payment again is refused (409 when nothing in the file was new).
/// </summary>
public static class RemittanceEndpoints
{
    public static RouteGroupBuilder MapRemittances(this RouteGroupBuilder api)
    {
        api.MapPost("/remittances", PostAsync).WithName("PostRemittance").RequireAuthorization(BallauraPolicies.Billing)
            .Produces<List<PaymentPosting>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/work-queue", async (BillingDbContext db, IPhiAudit audit, CancellationToken ct) =>
            {
                audit.Record(new PhiAccess("list", "billing-work-queue", null, null, PhiAccessOutcome.Allowed));
                await db.SaveChangesAsync(ct);
                return await db.WorkItems.AsNoTracking().Where(w => !w.Resolved).OrderBy(w => w.CreatedAt).Take(500).ToListAsync(ct);
            })
            .WithName("BillingWorkQueue").RequireAuthorization(BallauraPolicies.Billing);
        return api;
    }

    /// <summary>128 MiB: the largest 835 accepted (the gateway's route for it allows the same).</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    private static readonly string[] X12MediaTypes = ["application/edi-x12", "text/plain", "application/octet-stream"];

    internal static async Task<IResult> PostAsync(HttpRequest request, RemittancePosting posting, CancellationToken cancellationToken)
    {
        // Checked here, after authorization, so a caller without the right learns nothing from a 415.
        if (!X12MediaTypes.Any(t => request.ContentType?.StartsWith(t, StringComparison.OrdinalIgnoreCase) == true))
        {
            return TypedResults.Problem(title: "Send the 835 as X12 text.", detail: $"Content-Type: one of {string.Join(", ", X12MediaTypes)}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // A payer's 835 can be large (a month of payments); the gateway allows this route the same size.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxFileBytes;
        }

        var results = new List<PaymentPosting>();
        try
        {
            using var text = new StreamReader(request.Body);
            // One payment at a time: a large file is read and posted as it streams in.
            await foreach (var remittance in ReadAsync(text, cancellationToken))
            {
                results.Add(await posting.PostAsync(remittance, cancellationToken));
            }
        }
        catch (X12FormatException exception)
        {
            return TypedResults.Problem(title: "The file is not a readable 835.",
                detail: $"{exception.Message} {(results.Count > 0 ? $"The {results.Count} payment(s) before it were handled." : "Nothing was posted.")}",
                statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["handled"] = results });
        }

        if (results.Count == 0)
        {
            return TypedResults.Problem(title: "The file holds no 835 payment.", statusCode: StatusCodes.Status400BadRequest);
        }

        return results.All(r => r.Outcome.StartsWith("already posted", StringComparison.Ordinal))
            ? TypedResults.Problem(title: "Every payment in the file was posted before.", detail: "Nothing was posted twice (payments are identified by TRN02 and TRN03).",
                statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["payments"] = results })
            : TypedResults.Ok(results);
    }

    private static async IAsyncEnumerable<Remittance> ReadAsync(StreamReader text, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The X12 reader is synchronous; the body is buffered to a temporary file first so no request thread blocks on the network.
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            {
                await text.BaseStream.CopyToAsync(file, cancellationToken);
            }

            using var reader = new StreamReader(path);
            foreach (var remittance in Remittance835.Read(reader))
            {
                yield return remittance;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
