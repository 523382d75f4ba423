using Ballaura.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ballaura.Identity.Connect;

/// <summary>
/// The API scope and the clients allowed to ask for tokens, made to exist at start-up in every environment:
/// each machine client whose secret is configured (the phone system: "Identity:Clients:PhoneSystem:Secret"; the
/// eligibility service: "Identity:Clients:Eligibility:Secret"; from the environment or a secret store), and, in
/// Development only, a public developer client.
/// </summary>
public static class RegisteredClients
{
    public const string DevelopmentClientId = "ballaura-dev";
    public const string WebClientId = "ballaura-web";
    public static readonly Uri DevelopmentRedirectUri = new("http://127.0.0.1/callback");

    public static async Task RegisterClientsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await EnsureApiScopeAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>());

        foreach (var (clientId, secretKey, displayName) in MachineClients.Registered)
        {
            if (app.Configuration[secretKey] is { Length: > 0 } secret)
            {
                await EnsureAsync(applications, new OpenIddictApplicationDescriptor
                {
                    ClientId = clientId,
                    ClientSecret = secret,
                    ClientType = ClientTypes.Confidential,
                    DisplayName = displayName,
                    Permissions =
                    {
                        Permissions.Endpoints.Token,
                        Permissions.GrantTypes.ClientCredentials,
                        Permissions.Prefixes.Scope + BallauraClaims.ApiScope,
                    },
                });
            }
        }

        // The web client (patient portal and staff console): code flow with PKCE and its own secret, back to its own address.
        if (app.Configuration["Identity:Clients:Web:Secret"] is { Length: > 0 } webSecret
            && Uri.TryCreate(app.Configuration["Identity:Clients:Web:BaseUrl"], UriKind.Absolute, out var webUrl))
        {
            await EnsureAsync(applications, CodeFlowWithPkce(new OpenIddictApplicationDescriptor
            {
                ClientId = WebClientId,
                ClientSecret = webSecret,
                ClientType = ClientTypes.Confidential,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Ballaura web client",
                RedirectUris = { new Uri(webUrl, "signin-oidc") },
                PostLogoutRedirectUris = { new Uri(webUrl, "signout-callback-oidc") },
            }));
        }

        if (app.Environment.IsDevelopment())
        {
            // For developers and tests: code flow with PKCE to a loopback redirect, no secret.
            await EnsureAsync(applications, CodeFlowWithPkce(new OpenIddictApplicationDescriptor
            {
                ClientId = DevelopmentClientId,
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Ballaura developer client",
                RedirectUris = { DevelopmentRedirectUri },
            }));
        }
    }

    /// <summary>What a browser-facing client may do: the code flow with PKCE, refresh, sign-out, the user's profile and the API.</summary>
    private static OpenIddictApplicationDescriptor CodeFlowWithPkce(OpenIddictApplicationDescriptor client)
    {
        foreach (var permission in new[]
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
        })
        {
            client.Permissions.Add(permission);
        }

        client.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return client;
    }

    private static async Task EnsureApiScopeAsync(IOpenIddictScopeManager scopes)
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
    }

    /// <summary>Creates the client, or brings an existing one in line with the descriptor (a rotated secret takes effect on restart).</summary>
    private static async Task EnsureAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor);
        }
    }
}
