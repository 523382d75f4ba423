using Ballaura.Billing.Accounts;
using Ballaura.Billing.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;

namespace Ballaura.Billing;

public static class Extensions
{
    public static IHostApplicationBuilder AddBillingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext, BillingSqliteDbContext, BillingSqlServerDbContext>("billingdb");
        builder.AddBallauraMessaging<BillingDbContext>("billing", bus => bus.AddConsumer<CaseOpenedConsumer>());
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<BillingDbContext>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapBillingApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/billing").WithTags("Billing");
        api.MapGetBillingCase();
        return app;
    }
}
