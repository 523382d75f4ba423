using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Ballaura.Identity.Accounts;

public sealed record ResetPasswordForm(string? UserId, string? Token, string? NewPassword);

/// <summary>The page the reset link opens: choose a new password.</summary>
public static class ResetPasswordPage
{
    public static IEndpointRouteBuilder MapResetPasswordPage(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup("/account/reset-password").AllowAnonymous().ExcludeFromDescription();
        page.MapGet("/", (HttpContext context, IAntiforgery antiforgery, string? userId, string? token) =>
            Form(context, antiforgery, userId, token, error: null));
        page.MapPost("/", SubmitAsync);
        return app;
    }

    internal static async Task<IResult> SubmitAsync([FromForm] ResetPasswordForm form, HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users)
    {
        var result = await PasswordReset.ResetAsync(new NewPasswordRequest(form.UserId, form.Token, form.NewPassword), users);
        if (result.Result is Microsoft.AspNetCore.Http.HttpResults.NoContent)
        {
            return HtmlPage.Render("Password changed", """<p>Your password has been changed. You can now <a href="/account/login">sign in</a>.</p>""");
        }

        var problem = (Microsoft.AspNetCore.Http.HttpResults.ValidationProblem)result.Result;
        var message = string.Join(" ", problem.ProblemDetails.Errors.SelectMany(e => e.Value));
        return Form(context, antiforgery, form.UserId, form.Token, message);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string? userId, string? token, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? "" : $"""<p class="error" role="alert">{HtmlPage.Encode(error)}</p>""";
        return HtmlPage.Render("Choose a new password", $"""
            {message}
            <form method="post" action="/account/reset-password">
              <input type="hidden" name="{HtmlPage.Encode(tokens.FormFieldName)}" value="{HtmlPage.Encode(tokens.RequestToken)}">
              <input type="hidden" name="userId" value="{HtmlPage.Encode(userId)}">
              <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
              <label for="newPassword">New password (at least 12 characters)</label>
              <input id="newPassword" name="newPassword" type="password" autocomplete="new-password" minlength="12" required>
              <button type="submit">Change password</button>
            </form>
            """, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
