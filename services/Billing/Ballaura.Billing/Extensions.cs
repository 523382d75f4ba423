using Ballaura.Billing.Accounts;
using Ballaura.Billing.Cards;
using Ballaura.Billing.Claims;
using Ballaura.Billing.Clearinghouse;
using Ballaura.Billing.Coding;
using Ballaura.Billing.Data;
using Ballaura.Billing.Documents;
using Ballaura.Billing.Fees;
using Ballaura.Billing.Intake;
using Ballaura.Billing.Ledger;
using Ballaura.Billing.Payments;
using Ballaura.Billing.Remittances;
using Ballaura.Billing.Visits;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Security;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Billing;

public static class Extensions
{
    public static IHostApplicationBuilder AddBillingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext, BillingSqliteDbContext, BillingSqlServerDbContext>("billingdb");
        builder.AddBallauraMessaging<BillingDbContext>("billing", bus =>
        {
            bus.AddConsumer<CaseOpenedConsumer>();
            bus.AddConsumer<CoverageVerifiedConsumer>();
            bus.AddConsumer<VisitCompletedConsumer>();
            bus.AddConsumer<LateCancellationFeeDueConsumer>();
            bus.AddConsumer<NoShowFeeDueConsumer>();
            bus.AddConsumer<CardOnFileRecordedConsumer>();
        });
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<BillingDbContext>();
        builder.Services.AddOpenApi();
        builder.Services.Configure<BillingOptions>(builder.Configuration.GetSection(BillingOptions.SectionName));
        builder.Services.AddScoped<FeeRecorder>();
        builder.Services.AddScoped<RemittancePosting>();
        builder.Services.Configure<CardChargeOptions>(builder.Configuration.GetSection("Billing:CardCharges"));
        builder.Services.Configure<CardSandboxOptions>(builder.Configuration.GetSection("Billing:CardSandbox"));
        builder.Services.AddSingleton<ICardProcessor, SandboxCardProcessor>();
        builder.Services.AddScoped<CardChargeRun>();
        builder.Services.AddHostedService<CardChargeSweeper>();
        builder.Services.Configure<ClinicProvider>(builder.Configuration.GetSection("Billing:Provider"));
        builder.Services.AddHttpClient<IntakeClaimDetails>(http => http.BaseAddress = new Uri(builder.Configuration["Billing:IntakeUrl"] ?? "http://intake"))
            .WithServiceToken();
        var clearinghouse = builder.Configuration.GetSection("Billing:Clearinghouse");
        builder.Services.Configure<ClearinghouseOptions>(clearinghouse);
        builder.Services.AddHttpClient<ClearinghouseClient>(http => http.BaseAddress = clearinghouse.Get<ClearinghouseOptions>()?.Url ?? new ClearinghouseOptions().Url);
        builder.Services.AddScoped<ClaimSubmitter>();
        builder.Services.AddScoped<MailboxReader>();
        builder.Services.AddHostedService<ClearinghouseWorker>();
        return builder;
    }

    public static WebApplication MapBillingApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/billing").WithTags("Billing");
        api.MapGetBillingCase();
        api.MapClaims();
        api.MapClearinghouse();
        api.MapStatements();
        api.MapRemittances();
        api.MapCardCharges();
        api.MapDeskPayments();
        api.MapDocuments();
        return app;
    }
}
