using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ballaura.EndToEndTests.Security;

/// <param name="Policies">Named policies on the endpoint; empty means the authenticated-only fallback.</param>
public sealed record ServiceRoute(string Service, string Method, string Pattern, bool AllowsAnonymous, IReadOnlyList<string> Policies)
{
    public string Key => $"{Method} {Pattern}";
}

/// <summary>
/// Every endpoint each service maps, read from the service's own start-up code (built, never run), so a
/// route added tomorrow shows up here without anyone remembering to list it.
/// </summary>
public static class RouteTable
{
    private static readonly (string Name, Action<WebApplicationBuilder> Add, Action<WebApplication> Map)[] ServiceHosts =
    [
        ("identity", b => Ballaura.Identity.Extensions.AddIdentityServices(b), a => Ballaura.Identity.Extensions.MapIdentityApi(a)),
        ("intake", b => Ballaura.Intake.Extensions.AddIntakeServices(b), a => Ballaura.Intake.Extensions.MapIntakeApi(a)),
        ("eligibility", b => Ballaura.Eligibility.Extensions.AddEligibilityServices(b), a => Ballaura.Eligibility.Extensions.MapEligibilityApi(a)),
        ("scheduling", b => Ballaura.Scheduling.Extensions.AddSchedulingServices(b), a => Ballaura.Scheduling.Extensions.MapSchedulingApi(a)),
        ("billing", b => Ballaura.Billing.Extensions.AddBillingServices(b), a => Ballaura.Billing.Extensions.MapBillingApi(a)),
        ("notifications", b => Ballaura.Notifications.Extensions.AddNotificationsServices(b), a => Ballaura.Notifications.Extensions.MapNotificationsApi(a)),
    ];

    private static readonly Lazy<IReadOnlyList<ServiceRoute>> Routes = new(Build);

    public static IReadOnlyList<ServiceRoute> All => Routes.Value;

    private static List<ServiceRoute> Build()
    {
        var routes = new List<ServiceRoute>();
        foreach (var (name, add, map) in ServiceHosts)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:messaging"] = "amqp://guest:guest@localhost:1/",
                [$"ConnectionStrings:{name}db"] = $"Data Source={Path.Combine(Path.GetTempPath(), "ballaura-routes-" + name + ".db")}",
                ["Identity:Authority"] = "http://localhost:1/",
                ["Identity:Issuer"] = "http://localhost:1/",
            });
            builder.AddServiceDefaults();
            add(builder);
            // Built, never started, and never disposed: disposing a host whose bus never started makes
            // MassTransit build the bus on a disposed logger factory. The test process ends soon anyway.
            var app = builder.Build();
            app.MapDefaultEndpoints();
            map(app);
            foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
                var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
                var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
                routes.AddRange(methods.Select(m => new ServiceRoute(name, m, pattern, anonymous, policies)));
            }
        }

        return routes;
    }
}
