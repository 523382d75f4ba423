using Ballaura.Identity.Accounts;
using Ballaura.Security;
using Microsoft.AspNetCore.Identity;

namespace Ballaura.Identity.Seeding;

/// <summary>
/// The known users of a development or test run (listed in README). Refuses to run outside Development,
/// and takes their password from configuration (the AppHost's secret parameter), never from the repository.
/// </summary>
public static class DevelopmentAccounts
{
    public static readonly (string Email, string DisplayName, string Role, Guid? PatientId)[] Users =
    [
        ("frontdesk@ballaura.test", "Frances Front-Desk", BallauraRoles.FrontDesk, null),
        ("billing@ballaura.test", "Bill Ledger", BallauraRoles.Billing, null),
        ("therapist@ballaura.test", "Thea Therapist", BallauraRoles.Therapist, null),
        ("admin@ballaura.test", "Ada Admin", BallauraRoles.Admin, null),
        ("patient1@ballaura.test", "Dana Whitfield", BallauraRoles.Patient, Guid.Parse("0193a000-0000-7000-8000-000000000001")),
        ("patient2@ballaura.test", "Ravi Okafor", BallauraRoles.Patient, Guid.Parse("0193a000-0000-7000-8000-000000000002")),
    ];

    public static async Task SeedDevelopmentAccountsAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Identity:SeedDevelopmentAccounts"))
        {
            return;
        }

        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Development accounts are seeded only in the Development environment.");
        }

        var password = app.Configuration["Identity:Seed:Password"]
            ?? throw new InvalidOperationException("Identity:Seed:Password is not configured (the AppHost passes its secret parameter).");

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SeedUsersAsync(services.GetRequiredService<UserManager<ApplicationUser>>(), password);
    }

    private static async Task SeedUsersAsync(UserManager<ApplicationUser> users, string password)
    {
        foreach (var (email, displayName, role, patientId) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PatientId = patientId };
            Ensure(await users.CreateAsync(user, password), email);
            Ensure(await users.AddToRoleAsync(user, role), email);
        }
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {email} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
