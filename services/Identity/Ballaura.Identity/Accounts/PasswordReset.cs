using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

public sealed record PasswordResetRequest(string? Email);

public sealed record NewPasswordRequest(string? UserId, string? Token, string? NewPassword);

/// <summary>
/// "Forgot password": the answer never says whether the address has an account; the link in the e-mail
/// carries a single-use token, and setting the new password signs every other session out (security stamp).
/// </summary>
public static class PasswordReset
{
    public static RouteGroupBuilder MapPasswordReset(this RouteGroupBuilder api)
    {
        api.MapPost("/password-reset-requests", RequestAsync).AllowAnonymous().WithName("RequestPasswordReset");
        api.MapPost("/password-resets", ResetAsync).AllowAnonymous().WithName("ResetPassword");
        return api;
    }

    internal static async Task<Results<Accepted, ValidationProblem>> RequestAsync(
        PasswordResetRequest request, UserManager<ApplicationUser> users, IAccountMailer mailer, AccountLinks links, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return new RequestErrors().Check(false, "email", "The e-mail address is required.").ToProblem();
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            await mailer.SendAsync(user.Email!, "Reset your Ballaura password",
                $"To choose a new password, open this link (it works once):\n\n{links.ResetPassword(user.Id, token)}\n\nIf you did not ask for this, you can ignore this message.",
                cancellationToken);
        }

        return TypedResults.Accepted((string?)null);
    }

    internal static async Task<Results<NoContent, ValidationProblem>> ResetAsync(NewPasswordRequest request, UserManager<ApplicationUser> users)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrEmpty(request.UserId), "userId", "The user id from the link is required.")
            .Check(!string.IsNullOrEmpty(request.Token), "token", "The token from the link is required.")
            .Check(!string.IsNullOrEmpty(request.NewPassword), "newPassword", "The new password is required.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var user = await users.FindByIdAsync(request.UserId!);
        if (user is null)
        {
            return new RequestErrors().Check(false, "token", "This reset link is not valid or has expired.").ToProblem();
        }

        var reset = await users.ResetPasswordAsync(user, request.Token!, request.NewPassword!);
        if (reset.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            if (!user.EmailConfirmed)
            {
                // The token arrived by e-mail, so the address is proven (an invited member of staff).
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            return TypedResults.NoContent();
        }

        return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? new RequestErrors().Check(false, "token", "This reset link is not valid or has expired.").ToProblem()
            : SignUp.PasswordProblem(reset, "newPassword");
    }
}
