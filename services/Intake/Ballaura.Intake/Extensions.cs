using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;

namespace Ballaura.Intake;

public static class Extensions
{
    public static IHostApplicationBuilder AddIntakeServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext, IntakeSqliteDbContext, IntakeSqlServerDbContext>("intakedb");
        builder.AddBallauraMessaging<IntakeDbContext>("intake");
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapIntakeApi(this WebApplication app)
    {
        app.MapMessagingOps();
        var api = app.MapGroup("/api/intake").WithTags("Intake");
        api.MapOpenCase();
        api.MapGetCase();
        return app;
    }
}
