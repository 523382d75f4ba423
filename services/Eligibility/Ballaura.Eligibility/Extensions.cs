using Ballaura.Eligibility.Verifications;
using Ballaura.Eligibility.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;

namespace Ballaura.Eligibility;

public static class Extensions
{
    public static IHostApplicationBuilder AddEligibilityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EligibilityDbContext, EligibilitySqliteDbContext, EligibilitySqlServerDbContext>("eligibilitydb");
        builder.AddBallauraMessaging<EligibilityDbContext>("eligibility", bus => bus.AddConsumer<CaseOpenedConsumer>());
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<EligibilityDbContext>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapEligibilityApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        api.MapGetVerificationRequest();
        return app;
    }
}
