using Ballaura.Web.Benefits;
using Ballaura.Web.Components;
using Ballaura.Web.Gateway;
using Ballaura.Web.Signing;
using Microsoft.Extensions.Http.Resilience;

namespace Ballaura.Web;

public static class Extensions
{
    public static IHostApplicationBuilder AddBallauraWeb(this IHostApplicationBuilder builder)
    {
        builder.AddWebSignIn();
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.Configure<EstimateOptions>(builder.Configuration.GetSection(EstimateOptions.SectionName));
        // A POST that timed out may still have booked the visit or stored the document: the web client never sends one twice
        // on its own; the page shows the answer and the person decides.
#pragma warning disable EXTEXP0001 // DisableForUnsafeHttpMethods is marked experimental.
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(options => options.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
        builder.Services.AddHttpClient<GatewayApi>(http =>
            http.BaseAddress = builder.Configuration.GetSection("Web").Get<WebOptions>()?.GatewayUrl ?? new Uri("http://gateway"));
        return builder;
    }

    public static WebApplication MapBallauraWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapWebSignIn();
        app.MapDocumentDownloads();
        app.MapDocumentUploads();
        app.MapRemittanceUploads();
        app.MapRazorComponents<App>();
        return app;
    }
}
