using Ballaura.Security.Audit;
using Ballaura.Security.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Ballaura.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Bearer tokens issued by the identity service ("Identity:Authority", the public issuer URL), for the
    /// Ballaura API audience, RS256-signed only, and the named policies with an authenticated-only fallback.
    /// The gateway checks first; every service checks again (defence in depth). A token that passed is remembered for
    /// up to a minute (<see cref="ValidatedTokenCache"/>).
    /// </summary>
    public static IHostApplicationBuilder AddBallauraAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration["Identity:Authority"]
            ?? throw new InvalidOperationException("Identity:Authority (the token issuer's URL) is not configured.");
        var requireHttps = builder.Configuration.GetValue("Identity:RequireHttpsMetadata", !builder.Environment.IsDevelopment());

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = BallauraClaims.ApiAudience;
                options.RequireHttpsMetadata = requireHttps;
                options.MapInboundClaims = false;
                options.RefreshInterval = TimeSpan.FromSeconds(30);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    NameClaimType = BallauraClaims.Subject,
                    RoleClaimType = BallauraClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                // After MapInboundClaims, which configures the default handler that the cache wraps.
                var handler = options.TokenHandlers.Single();
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new ValidatedTokenCache(handler, TimeProvider.System));
            });
        builder.Services.AddAuthorization(BallauraPolicies.AddTo);
        return builder;
    }

    /// <summary>The PHI audit trail: entries go through the service's outbox to the identity service's audit log.</summary>
    /// <remarks>Also audits every request a service refuses by policy (403): a forbidden attempt is recorded too.</remarks>
    public static IHostApplicationBuilder AddPhiAudit<TDbContext>(this IHostApplicationBuilder builder) where TDbContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IPhiAudit, OutboxPhiAudit<TDbContext>>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return builder;
    }

    public static WebApplication UseBallauraAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The caller of the current request; endpoints behind the fallback policy always have one.</summary>
    public static Caller Caller(this HttpContext context) => Security.Caller.From(context.User);
}
