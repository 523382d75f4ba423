using System.Security.Claims;
using Ballaura.Web.Signing;

namespace Ballaura.Web.Gateway;

/// <summary>
/// The patient's superbill as a download: the browser asks this site (its session cookie), the site asks the gateway with
/// the user's token and streams the PDF back. The token never reaches the browser.
/// </summary>
public static class DocumentDownloads
{
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
        return app;
    }
}
