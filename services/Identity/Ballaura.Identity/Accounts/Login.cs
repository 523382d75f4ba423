using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Ballaura.Identity.Accounts;

public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);

/// <summary>The sign-in page the authorization endpoint sends a browser to. Five wrong passwords lock the account for a while.</summary>
public static class Login
{
    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, returnUrl, email: null, error: null));
        account.MapPost("/login", SignInAsync);
        return app;
    }

    internal static async Task<IResult> SignInAsync(
        [FromForm] LoginForm form, HttpContext context, IAntiforgery antiforgery,
        SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users)
    {
        var returnUrl = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            return Page(context, antiforgery, returnUrl, form.Email, "Enter your e-mail address and password.", StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }

        var error = result switch
        {
            { IsLockedOut: true } => "Too many attempts. The account is locked for 15 minutes.",
            { IsNotAllowed: true } => "Please confirm your e-mail address first: we sent you a link.",
            _ => "The e-mail address or password did not match.",
        };
        return Page(context, antiforgery, returnUrl, form.Email, error, StatusCodes.Status400BadRequest);
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? email, string? error, int status = 200)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var message = error is null ? "" : $"""<p class="error" role="alert">{HtmlPage.Encode(error)}</p>""";
        return HtmlPage.Render("Sign in", $"""
            {message}
            <form method="post" action="/account/login">
              <input type="hidden" name="{HtmlPage.Encode(tokens.FormFieldName)}" value="{HtmlPage.Encode(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(IsLocal(returnUrl) ? returnUrl : "/")}">
              <label for="email">E-mail address</label>
              <input id="email" name="email" type="email" autocomplete="username" required value="{HtmlPage.Encode(email)}">
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            """, status);
    }

    /// <summary>Only paths on this site: never an open redirect to someone else's page.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
