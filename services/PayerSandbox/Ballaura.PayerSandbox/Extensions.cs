using System.Text.Json.Serialization;
using Ballaura.PayerSandbox.Claims;
using Ballaura.PayerSandbox.Faults;
using Ballaura.PayerSandbox.Members;
using Ballaura.PayerSandbox.Realtime;

namespace Ballaura.PayerSandbox;

public static class Extensions
{
    public static IHostApplicationBuilder AddPayerSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new FaultSwitchboard(builder.Configuration.GetSection("Sandbox:Faults").Get<FaultSettings>() ?? new FaultSettings()));
        builder.Services.AddSingleton<SandboxPayers>();
        builder.Services.AddSingleton<InquiryLog>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Sandbox:Claims").Get<ClaimSettings>() ?? new ClaimSettings());
        builder.Services.AddSingleton<Adjudicator>();
        builder.Services.AddSingleton<Mailbox>();
        builder.Services.AddSingleton<ReceivedInterchanges>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication MapPayerSandbox(this WebApplication app)
    {
        app.MapRealtimeEligibility();
        app.MapClaimSubmissions();
        app.MapSandboxControl();
        return app;
    }
}
