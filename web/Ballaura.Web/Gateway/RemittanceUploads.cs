using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Ballaura.Web.Gateway;

/// <summary>
/// An 835 file a payer sent outside the clearinghouse mailbox (e.g. downloaded from its portal), uploaded by billing staff:
/// streamed to Billing through the gateway, then back to the claims page with how many payments were posted.
/// </summary>
public static class RemittanceUploads
{
    /// <summary>Billing's and the gateway's limit for one 835.</summary>
    public const long MaxBytes = 128L * 1024 * 1024;

    public static WebApplication MapRemittanceUploads(this WebApplication app)
    {
        app.MapPost("/staff/remittances", async (IFormFile? file, GatewayApi gateway, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
            {
                return Results.LocalRedirect("/staff/claims?remittance=no-file");
            }

            await using var content = file.OpenReadStream();
            var result = await gateway.UploadAsync<List<JsonElement>>("/api/billing/remittances", content, "application/edi-x12", ct);
            if (!result.Ok)
            {
                return Results.LocalRedirect($"/staff/claims?remittance={(int)result.Status}");
            }

            var posted = result.Value!.Count(p => p.GetProperty("outcome").GetString()?.StartsWith("already", StringComparison.Ordinal) != true);
            return Results.LocalRedirect($"/staff/claims?remittance=posted&payments={posted}&repeated={result.Value!.Count - posted}");
        })
        .RequireAuthorization(policy => policy.RequireRole("billing", "admin"))
        .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + 1024 * 1024))
        .WithFormOptions(multipartBodyLengthLimit: MaxBytes + 1024 * 1024);
        return app;
    }
}
