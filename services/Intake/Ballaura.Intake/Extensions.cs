using Ballaura.Intake.Cases;
using Ballaura.Intake.Data;
using Ballaura.Intake.Documents;
using Ballaura.Intake.Inbox;
using Ballaura.Intake.Paperwork;
using Ballaura.Intake.Payers;
using Ballaura.Intake.Review;
using Ballaura.Intake.Verification;
using Ballaura.Intake.Prescriptions;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;

namespace Ballaura.Intake;

public static class Extensions
{
    public static IHostApplicationBuilder AddIntakeServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext, IntakeSqliteDbContext, IntakeSqlServerDbContext>("intakedb");
        builder.AddBallauraMessaging<IntakeDbContext>("intake", bus => bus.AddConsumer<CoverageResultConsumers>());
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<IntakeDbContext>();
        builder.Services.AddOpenApi();
        builder.AddDocumentStore();
        return builder;
    }

    public static WebApplication MapIntakeApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/intake").WithTags("Intake");
        api.MapOpenCase();
        api.MapGetCase();
        api.MapUpdateInsurance();
        api.MapCloseCase();
        api.MapListPatientCases();
        api.MapGetPatient();
        api.MapFindPatients();
        api.MapGetVerificationDetails();
        api.MapFindCallers();
        api.MapGetPatientContact();
        api.MapGetClaimDetails();
        api.MapPayers();
        api.MapPrescriptions();
        api.MapUploadDocument();
        api.MapDownloadDocument();
        api.MapPaperwork();
        api.MapStaffReviewQueue();
        api.MapInbox();
        return app;
    }
}
