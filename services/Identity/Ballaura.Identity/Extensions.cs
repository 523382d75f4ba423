using Ballaura.Identity.Accounts;
using Ballaura.Identity.Audit;
using Ballaura.Identity.Connect;
using Ballaura.Identity.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;
using Microsoft.AspNetCore.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ballaura.Identity;

public static class Extensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext, IdentitySqliteDbContext, IdentitySqlServerDbContext>("identitydb");
        builder.AddBallauraMessaging<IdentityDbContext>("identity", bus => bus.AddConsumer<PhiAccessRecordedConsumer>(typeof(PhiAccessRecordedConsumerDefinition)));
        builder.AddAccounts();
        builder.AddTokenServer();
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<IdentityDbContext>();
        builder.Services.AddHostedService<AuditRetention>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapIdentityApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.UseAntiforgery();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        app.MapConnect();
        app.MapLogin();
        app.MapConfirmEmail();
        app.MapResetPasswordPage();

        var api = app.MapGroup("/api/identity").WithTags("Identity");
        api.MapSignUp();
        api.MapPasswordReset();
        api.MapStaffAccounts();
        api.MapPatientLink();
        api.MapAuditLog();
        return app;
    }

    private static void AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/connect/logout";
            cookie.Cookie.Name = "ballaura.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton<AccountLinks>();
        builder.Services.AddSingleton<IAccountMailer, PickupDirectoryMailer>();
    }

    private static void AddTokenServer(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"]
            ?? throw new InvalidOperationException("Identity:Issuer (the public URL tokens are issued under) is not configured.");
        var requireHttps = builder.Configuration.GetValue("Identity:RequireHttps", !builder.Environment.IsDevelopment());
        var environment = builder.Environment;
        var configuration = builder.Configuration;

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer));
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowClientCredentialsFlow();
                server.AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, BallauraClaims.ApiScope);
                server.SetAccessTokenLifetime(configuration.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(15)));
                server.SetRefreshTokenLifetime(configuration.GetValue("Identity:RefreshTokenLifetime", TimeSpan.FromDays(14)));
                // Signed, not encrypted: the gateway and the services validate access tokens with the public key alone.
                server.DisableAccessTokenEncryption();
                AddCredentials(server, environment, configuration);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
    }

    private static void AddCredentials(OpenIddictServerBuilder server, IHostEnvironment environment, IConfiguration configuration)
    {
        var certificatePath = configuration["Identity:SigningCertificate:Path"];
        if (!string.IsNullOrEmpty(certificatePath))
        {
            var password = configuration["Identity:SigningCertificate:Password"];
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificatePath, password);
            server.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
        }
        else if (environment.IsDevelopment())
        {
            server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
        }
        else
        {
            throw new InvalidOperationException("Identity:SigningCertificate:Path is required outside Development.");
        }
    }
}
