using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Ballaura.Web.Gateway;

/// <summary>
/// A document for a case, sent from the browser's form (a file or a phone camera picture) to this site, which streams it
/// to Intake through the gateway with the user's token, then sends the browser back to the case's documents page with the
/// answer. The page's script posts the same form with a progress bar; without script the form posts as usual.
/// </summary>
public static class DocumentUploads
{
    /// <summary>Intake's limit (it refuses larger files with 413); checked here too, so a large file is refused before it travels on.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> TypesByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".heic"] = "image/heic", [".heif"] = "image/heic",
    };

    public static WebApplication MapDocumentUploads(this WebApplication app)
    {
        app.MapPost("/portal/cases/{caseId:guid}/documents", async (Guid caseId, [FromForm] string? kind, IFormFile? file, GatewayApi gateway, CancellationToken ct) =>
        {
            var back = $"/portal/cases/{caseId}/documents";
            if (file is null || file.Length == 0)
            {
                return Results.LocalRedirect($"{back}?refused=no-file");
            }

            if (file.Length > MaxBytes)
            {
                return Results.LocalRedirect($"{back}?refused=413");
            }

            await using var content = file.OpenReadStream();
            var result = await gateway.UploadAsync<JsonElement>(
                $"/api/intake/cases/{caseId}/documents?kind={Uri.EscapeDataString(kind ?? "")}", content, DeclaredType(file), ct);
            return Results.LocalRedirect(result.Ok ? $"{back}?uploaded={Uri.EscapeDataString(kind ?? "")}" : $"{back}?refused={(int)result.Status}");
        }).RequireAuthorization();
        return app;
    }

    /// <summary>The browser's type for the file; some browsers send none for HEIC photos, whose type then comes from the name (Intake checks the bytes).</summary>
    private static string DeclaredType(IFormFile file) =>
        file.ContentType is { Length: > 0 } type && type != "application/octet-stream"
            ? type
            : TypesByExtension.GetValueOrDefault(Path.GetExtension(file.FileName), "application/octet-stream");
}
