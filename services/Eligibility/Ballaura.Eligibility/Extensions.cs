using Ballaura.Eligibility.Authorizations;
using Ballaura.Eligibility.Benefits;
using Ballaura.Eligibility.Data;
using Ballaura.Eligibility.Exchanges;
using Ballaura.Eligibility.Freshness;
using Ballaura.Eligibility.Intake;
using Ballaura.Eligibility.Payers;
using Ballaura.Eligibility.Processing;
using Ballaura.Eligibility.Review;
using Ballaura.Eligibility.Verifications;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Messaging.Signals;
using Ballaura.Persistence;
using Ballaura.Security;
using Ballaura.Security.ServiceClients;
using Microsoft.Extensions.Options;

namespace Ballaura.Eligibility;

public static class Extensions
{
    public static IHostApplicationBuilder AddEligibilityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EligibilityDbContext, EligibilitySqliteDbContext, EligibilitySqlServerDbContext>("eligibilitydb");
        builder.AddBallauraMessaging<EligibilityDbContext>("eligibility", bus =>
        {
            bus.AddConsumer<CaseOpenedConsumer>();
            bus.AddConsumer<CaseReadyForVerificationConsumer>();
        });
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<EligibilityDbContext>();
        builder.Services.AddOpenApi();
        builder.AddPayers();
        builder.AddVerificationProcessing();
        return builder;
    }

    private static void AddPayers(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PayerOptions>(builder.Configuration.GetSection(PayerOptions.SectionName));
        builder.Services.AddSingleton<EligibilityTelemetry>();
        builder.Services.AddSingleton<PayerPipelines>();
        builder.Services.AddScoped<PayerGateway>();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is experimental, and the supported way to take the defaults' handler off one client.
        builder.Services.AddHttpClient<ClearinghouseClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<PayerOptions>>().Value;
                http.BaseAddress = options.ClearinghouseUrl;
                // The payer pipeline owns every timeout; the client must not cut a round short on its own.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The payer pipeline replaces the generic handler: its retries would resend inquiries CORE says not to.
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    private static void AddVerificationProcessing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<IntakeClient>(http => http.BaseAddress = new Uri(builder.Configuration["Eligibility:IntakeUrl"] ?? "http://intake"))
            .WithServiceToken();
        var section = builder.Configuration.GetSection(VerificationOptions.SectionName);
        builder.Services.Configure<VerificationOptions>(section);
        var zone = TimeZoneInfo.FindSystemTimeZoneById((section.Get<VerificationOptions>() ?? new VerificationOptions()).ClinicTimeZone);
        builder.Services.AddSingleton(sp => new ClinicCalendar(zone, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddCommitSignal<VerificationSignal>();
        builder.Services.AddScoped<VerificationStart>();
        builder.Services.AddScoped<VerificationRound>();
        builder.Services.AddHostedService<VerificationWorker>();
        builder.Services.AddHostedService<FreshnessSweeper>();
    }

    public static WebApplication MapEligibilityApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        api.MapGetVerification();
        api.MapReverifyCase();
        api.MapGetExchanges();
        api.MapGetEstimate();
        api.MapReviewQueue();
        api.MapConfirmClaim();
        api.MapAuthorizations();
        return app;
    }
}
