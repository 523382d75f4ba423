namespace Ballaura.Gateway.Protection;

/// <summary>Cross-origin calls only from the web client's origins ("Gateway:Cors:Origins"); none when unset.</summary>
public static class WebClientCors
{
    public static IHostApplicationBuilder AddWebClientCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins)
                    .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "Idempotency-Key", "traceparent")
                    .WithExposedHeaders("Location", "Retry-After")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }
        }));
        return builder;
    }
}
