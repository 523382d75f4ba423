using Ballaura.Security;
using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Accounts;

public static class AccountRoles
{
    /// <summary>The roles people can hold, present in every environment (sign-up adds "patient").</summary>
    public static async Task EnsureRolesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in BallauraRoles.All.Where(r => r != BallauraRoles.PhoneSystem))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
