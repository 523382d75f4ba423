using Ballaura.Security;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

public sealed record SignUpRequest(string? Email, string? Password, string? DisplayName);

/// <summary>
/// A patient creates an account: it is linked to a new patient record id and cannot sign in until the
/// e-mail address is confirmed. The answer is the same whether or not the address already has an account
/// (no account enumeration); the owner of an existing address gets a note instead of a link.
/// </summary>
public static class SignUp
{
    public const int MaxDisplayNameLength = 100;

    public static RouteGroupBuilder MapSignUp(this RouteGroupBuilder api)
    {
        api.MapPost("/accounts", HandleAsync).AllowAnonymous().WithName("SignUp");
        return api;
    }

    internal static async Task<Results<Accepted, ValidationProblem>> HandleAsync(
        SignUpRequest request, UserManager<ApplicationUser> users, IAccountMailer mailer, AccountLinks links, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.Email) && request.Email.Contains('@', StringComparison.Ordinal), "email", "A valid e-mail address is required.")
            .Check(!string.IsNullOrEmpty(request.Password), "password", "A password is required.")
            .Check(!string.IsNullOrWhiteSpace(request.DisplayName), "displayName", "Your name is required.")
            .Check((request.DisplayName?.Trim().Length ?? 0) <= MaxDisplayNameLength, "displayName", $"The name has at most {MaxDisplayNameLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await mailer.SendAsync(email, "Someone tried to create a Ballaura account with your address",
                "An account for this address already exists. If it was you, sign in or reset your password; otherwise you can ignore this message.",
                cancellationToken);
            return TypedResults.Accepted((string?)null);
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName!.Trim(),
            PatientId = Guid.CreateVersion7(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return PasswordProblem(created, "password");
        }

        await users.AddToRoleAsync(user, BallauraRoles.Patient);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await mailer.SendAsync(email, "Confirm your e-mail address for Ballaura",
            $"Welcome to Ballaura. Please confirm your e-mail address by opening this link:\n\n{links.ConfirmEmail(user.Id, token)}\n",
            cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>Identity's password rules, reported against the field the user typed the password in.</summary>
    internal static ValidationProblem PasswordProblem(IdentityResult result, string field)
    {
        var errors = new RequestErrors();
        foreach (var error in result.Errors)
        {
            errors.Check(false, error.Code.StartsWith("Password", StringComparison.Ordinal) ? field : "email", error.Description);
        }

        return errors.ToProblem();
    }
}
