using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ballaura.Web.Signing;

/// <summary>"Web:*": the identity service (its issuer URL is the gateway's public address) and this client's id and secret.</summary>
public sealed class WebOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "ballaura-web";
    public string ClientSecret { get; set; } = "";
    public Uri GatewayUrl { get; set; } = new("http://gateway");
}

/// <summary>
/// Sign-in with the identity service: OpenID Connect code flow with PKCE, the tokens kept server-side in the encrypted
/// session cookie by the framework (never in the browser's storage), and refreshed by it. Pages call the gateway with the
/// signed-in user's access token.
/// </summary>
public static class WebSignIn
{
    public static IHostApplicationBuilder AddWebSignIn(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Web").Get<WebOptions>() ?? new WebOptions();
        builder.Services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                auth.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "ballaura.web";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                // Back from the identity service by a top-level GET, so the Lax cookies travel without SameSite=None.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = "role";
                oidc.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email", "roles", "offline_access", "ballaura-api" })
                {
                    oidc.Scope.Add(scope);
                }
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>GET /signin starts the code flow; POST /signout ends the session here and at the identity service.</summary>
    public static WebApplication MapWebSignIn(this WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl) => TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }));
        app.MapPost("/signout", () => TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>Only a path on this site: an open redirect is refused.</summary>
    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/portal";
}
