using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;

namespace Ballaura.Scheduling;

public static class Extensions
{
    public static IHostApplicationBuilder AddSchedulingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SchedulingDbContext, SchedulingSqliteDbContext, SchedulingSqlServerDbContext>("schedulingdb");
        builder.AddBallauraMessaging<SchedulingDbContext>("scheduling", bus => bus.AddConsumer<CaseOpenedConsumer>());
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<SchedulingDbContext>();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapSchedulingApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/scheduling").WithTags("Scheduling");
        api.MapGetSchedulingCase();
        return app;
    }
}
