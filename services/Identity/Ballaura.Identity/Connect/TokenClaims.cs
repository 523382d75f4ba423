using System.Security.Claims;
using Ballaura.Identity.Accounts;
using Ballaura.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ballaura.Identity.Connect;

/// <summary>What goes into a token: built from the user store each time, so a role taken away is gone at the next refresh.</summary>
public static class TokenClaims
{
    public static async Task<ClaimsIdentity> ForUserAsync(ApplicationUser user, UserManager<ApplicationUser> users, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        if (user.PatientId is { } patientId)
        {
            identity.SetClaim(BallauraClaims.PatientId, patientId.ToString());
        }

        return Finish(identity, scopes);
    }

    public static ClaimsIdentity ForMachine(string clientId, string displayName, IEnumerable<string> roles, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName)
            .SetClaims(Claims.Role, [.. roles]);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(BallauraClaims.ApiAudience);
        identity.SetDestinations(claim => claim.Type switch
        {
            // The e-mail and display name go to the id token the client reads, not to the API's access token.
            Claims.Name or Claims.Email => [Destinations.IdentityToken],
            _ => [Destinations.AccessToken, Destinations.IdentityToken],
        });
        return identity;
    }
}
