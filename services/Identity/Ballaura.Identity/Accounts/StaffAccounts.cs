using Ballaura.Security;
using Ballaura.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ballaura.Identity.Accounts;

public sealed record InviteStaffRequest(string? Email, string? DisplayName, string[]? Roles);

public sealed record ChangeRolesRequest(string[]? Roles);

public sealed record StaffAccountResponse(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool EmailConfirmed, bool LockedOut);

/// <summary>
/// Admins invite staff (the invitation is a set-your-password link, which also confirms the address),
/// list them, and change their roles; the next token refresh carries the new roles.
/// </summary>
public static class StaffAccounts
{
    private static readonly string[] StaffRoles = BallauraRoles.Staff;

    public static RouteGroupBuilder MapStaffAccounts(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").RequireAuthorization(BallauraPolicies.Admin);
        staff.MapGet("", ListAsync).WithName("ListStaff");
        staff.MapPost("", InviteAsync).WithName("InviteStaff");
        staff.MapPut("/{userId}/roles", ChangeRolesAsync).WithName("ChangeStaffRoles");
        return api;
    }

    internal static async Task<Ok<List<StaffAccountResponse>>> ListAsync(UserManager<ApplicationUser> users, CancellationToken cancellationToken)
    {
        // Someone holding two staff roles is listed once.
        var staff = new Dictionary<string, ApplicationUser>(StringComparer.Ordinal);
        foreach (var role in StaffRoles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                staff.TryAdd(user.Id, user);
            }
        }

        var accounts = new List<StaffAccountResponse>();
        foreach (var user in staff.Values.OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase))
        {
            accounts.Add(await DescribeAsync(user, users));
        }

        return TypedResults.Ok(accounts);
    }

    internal static async Task<Results<Created<StaffAccountResponse>, ValidationProblem, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> InviteAsync(
        InviteStaffRequest request, UserManager<ApplicationUser> users, IAccountMailer mailer, AccountLinks links, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.Email) && request.Email.Contains('@', StringComparison.Ordinal), "email", "A valid e-mail address is required.")
            .Check(!string.IsNullOrWhiteSpace(request.DisplayName), "displayName", "The name is required.")
            .Check((request.DisplayName?.Trim().Length ?? 0) <= SignUp.MaxDisplayNameLength, "displayName", $"The name has at most {SignUp.MaxDisplayNameLength} characters.");
        CheckRoles(errors, request.Roles);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Title = "An account with this e-mail address exists.",
                Detail = "Change that account's roles instead of inviting it again.",
                Status = StatusCodes.Status409Conflict,
            });
        }

        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = request.DisplayName!.Trim() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return SignUp.PasswordProblem(created, "email");
        }

        await users.AddToRolesAsync(user, request.Roles!.Distinct());
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await mailer.SendAsync(email, "You are invited to Ballaura",
            $"An administrator created a Ballaura staff account for you. Choose your password here (the link works once):\n\n{links.ResetPassword(user.Id, token)}\n",
            cancellationToken);
        return TypedResults.Created($"/api/identity/staff/{user.Id}", await DescribeAsync(user, users));
    }

    internal static async Task<Results<Ok<StaffAccountResponse>, NotFound, ValidationProblem>> ChangeRolesAsync(
        string userId, ChangeRolesRequest request, UserManager<ApplicationUser> users)
    {
        var errors = CheckRoles(new RequestErrors(), request.Roles);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.IsInRoleAsync(user, BallauraRoles.Patient))
        {
            return TypedResults.NotFound();
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(request.Roles!));
        await users.AddToRolesAsync(user, request.Roles!.Except(current).Distinct());
        // A new stamp makes the sign-in cookie re-validate; access tokens carry the new roles from the next refresh.
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(await DescribeAsync(user, users));
    }

    private static RequestErrors CheckRoles(RequestErrors errors, string[]? roles) => errors
        .Check(roles is { Length: > 0 }, "roles", $"At least one role is required: {string.Join(", ", StaffRoles)}.")
        .Check(roles is null || roles.All(StaffRoles.Contains), "roles", $"Staff roles are {string.Join(", ", StaffRoles)}.");

    private static async Task<StaffAccountResponse> DescribeAsync(ApplicationUser user, UserManager<ApplicationUser> users) => new(
        user.Id, user.Email ?? "", user.DisplayName, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
        user.EmailConfirmed, await users.IsLockedOutAsync(user));
}
