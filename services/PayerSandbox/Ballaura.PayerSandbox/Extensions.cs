using System.Text.Json.Serialization;
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
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication MapPayerSandbox(this WebApplication app)
    {
        app.MapRealtimeEligibility();
        app.MapSandboxControl();
        return app;
    }
}
