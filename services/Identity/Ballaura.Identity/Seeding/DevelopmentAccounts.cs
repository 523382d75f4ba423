using Ballaura.Identity.Accounts;
using Ballaura.Identity.Connect;
using Ballaura.Identity.Data;
using Ballaura.Security;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ballaura.Identity.Seeding;

/// <summary>
/// The known users and clients of a development or test run (listed in README). Refuses to run outside
/// Development, and takes its password and client secret from configuration (the AppHost's secret
/// parameters), never from the repository.
/// </summary>
public static class DevelopmentAccounts
{
    public const string DevelopmentClientId = "ballaura-dev";
    public static readonly Uri DevelopmentRedirectUri = new("http://127.0.0.1/callback");

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
        var phoneSecret = app.Configuration["Identity:Seed:PhoneSystemSecret"]
            ?? throw new InvalidOperationException("Identity:Seed:PhoneSystemSecret is not configured (the AppHost passes its secret parameter).");

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await SeedUsersAsync(services.GetRequiredService<UserManager<ApplicationUser>>(), password);
        await SeedClientsAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), services.GetRequiredService<IOpenIddictScopeManager>(), phoneSecret);
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in BallauraRoles.All.Where(r => r != BallauraRoles.PhoneSystem))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
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

    private static async Task SeedClientsAsync(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, string phoneSecret)
    {
        if (await scopes.FindByNameAsync(BallauraClaims.ApiScope) is null)
        {
            await scopes.CreateAsync(new OpenIddictScopeDescriptor
            {
                Name = BallauraClaims.ApiScope,
                DisplayName = "Ballaura API",
                Resources = { BallauraClaims.ApiAudience },
            });
        }

        if (await applications.FindByClientIdAsync(MachineClients.PhoneSystem) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = MachineClients.PhoneSystem,
                ClientSecret = phoneSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "Clinic phone system",
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + BallauraClaims.ApiScope,
                },
            });
        }

        if (await applications.FindByClientIdAsync(DevelopmentClientId) is null)
        {
            // A public client for developers and tests: code flow with PKCE to a loopback redirect.
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = DevelopmentClientId,
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Ballaura developer client",
                RedirectUris = { DevelopmentRedirectUri },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email,
                    Permissions.Scopes.Profile,
                    Permissions.Scopes.Roles,
                    Permissions.Prefixes.Scope + BallauraClaims.ApiScope,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
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
