using System.Security.Claims;
using Ballaura.Web.Signing;

namespace Ballaura.Web.Gateway;

/// <summary>
/// Files from the gateway — the patient's superbill, a case's documents and inbox faxes for staff: the browser asks this
/// site (its session cookie), the site asks the gateway with the user's token and sends the file back. The token never
/// reaches the browser.
/// </summary>
public static class DocumentDownloads
{
    private static void StaffOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) => policy.RequireRole("front-desk", "admin");

    private static async Task<IResult> InlineAsync(GatewayApi gateway, string path, CancellationToken ct)
    {
        var file = await gateway.GetFileAsync(path, ct);
        return file.Value is { } found
            ? Results.File(found.Content, found.ContentType ?? "application/octet-stream")
            : Refused(file);
    }

    /// <summary>The gateway's refusal, with its own status (not found, not yours, the system away) and the words for it.</summary>
    private static IResult Refused(ApiResult<DownloadedFile> file) => Results.Problem(title: file.Problem, statusCode: (int)file.Status);

    public static WebApplication MapDocumentDownloads(this WebApplication app)
    {
        app.MapGet("/portal/superbill", async (int? year, ClaimsPrincipal user, GatewayApi gateway, CancellationToken ct) =>
        {
            if (PatientAccount.PatientIdOf(user) is not { } patientId)
            {
                return Results.Problem(title: PatientAccount.NotLinked, statusCode: StatusCodes.Status404NotFound);
            }

            var superbill = await gateway.GetFileAsync($"/api/billing/patients/{patientId}/superbill{(year is { } y ? $"?year={y}" : "")}", ct);
            return superbill.Value is { } found
                ? Results.File(found.Content, found.ContentType ?? "application/pdf", $"superbill-{year ?? DateTime.UtcNow.Year}.pdf")
                : Refused(superbill);
        }).RequireAuthorization();

        // Staff open a case's document or an inbox fax in the browser (shown inline, not saved); Intake audits each read.
        app.MapGet("/staff/cases/{caseId:guid}/documents/{documentId:guid}", (Guid caseId, Guid documentId, GatewayApi gateway, CancellationToken ct) =>
            InlineAsync(gateway, $"/api/intake/cases/{caseId}/documents/{documentId}", ct)).RequireAuthorization(StaffOnly);
        app.MapGet("/staff/inbox/{itemId:guid}", (Guid itemId, GatewayApi gateway, CancellationToken ct) =>
            InlineAsync(gateway, $"/api/intake/inbox/{itemId}", ct)).RequireAuthorization(StaffOnly);
        return app;
    }
}
