using Ballaura.Gateway.Protection;
using Ballaura.Security;

namespace Ballaura.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddBallauraAuthentication();
        builder.AddGatewayRateLimits();
        builder.AddWebClientCors();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Gateway:MaxRequestBodyBytes", 1L * 1024 * 1024);
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(ClientHeaders.StripSpoofable);
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseCors();
        app.UseBallauraAuthentication();
        app.UseRateLimiter();
        app.MapReverseProxy();
        return app;
    }
}
