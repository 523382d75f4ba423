using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

/// <summary>The page the confirmation link opens.</summary>
public static class ConfirmEmail
{
    public static IEndpointRouteBuilder MapConfirmEmail(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/confirm-email", HandleAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> HandleAsync(string? userId, string? token, UserManager<ApplicationUser> users)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && !string.IsNullOrEmpty(token) && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        return confirmed
            ? HtmlPage.Render("E-mail confirmed", """<p>Thank you. You can now <a href="/account/login">sign in</a>.</p>""")
            : HtmlPage.Render("Link not valid", "<p>This confirmation link is not valid or has expired. Sign up again to get a new one.</p>",
                StatusCodes.Status400BadRequest);
    }
}
