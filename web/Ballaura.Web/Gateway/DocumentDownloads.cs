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
        var (content, type, problem) = await gateway.GetFileAsync(path, ct);
        return content is null
            ? Results.Problem(title: problem, statusCode: StatusCodes.Status404NotFound)
            : Results.File(content, type ?? "application/octet-stream");
    }

    public static WebApplication MapDocumentDownloads(this WebApplication app)
    {
        app.MapGet("/portal/superbill", async (int? year, ClaimsPrincipal user, GatewayApi gateway, CancellationToken ct) =>
        {
            if (PatientAccount.PatientIdOf(user) is not { } patientId)
            {
                return Results.Problem(title: PatientAccount.NotLinked, statusCode: StatusCodes.Status404NotFound);
            }

            var (content, type, problem) = await gateway.GetFileAsync($"/api/billing/patients/{patientId}/superbill{(year is { } y ? $"?year={y}" : "")}", ct);
            return content is null
                ? Results.Problem(title: problem, statusCode: StatusCodes.Status404NotFound)
                : Results.File(content, type ?? "application/pdf", $"superbill-{year ?? DateTime.UtcNow.Year}.pdf");
        }).RequireAuthorization();

        // Staff open a case's document or an inbox fax in the browser (shown inline, not saved); Intake audits each read.
        app.MapGet("/staff/cases/{caseId:guid}/documents/{documentId:guid}", (Guid caseId, Guid documentId, GatewayApi gateway, CancellationToken ct) =>
            InlineAsync(gateway, $"/api/intake/cases/{caseId}/documents/{documentId}", ct)).RequireAuthorization(StaffOnly);
        app.MapGet("/staff/inbox/{itemId:guid}", (Guid itemId, GatewayApi gateway, CancellationToken ct) =>
            InlineAsync(gateway, $"/api/intake/inbox/{itemId}", ct)).RequireAuthorization(StaffOnly);
        return app;
    }
}
