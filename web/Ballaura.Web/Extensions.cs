using Ballaura.Web.Components;
using Ballaura.Web.Gateway;
using Ballaura.Web.Signing;

namespace Ballaura.Web;

public static class Extensions
{
    public static IHostApplicationBuilder AddBallauraWeb(this IHostApplicationBuilder builder)
    {
        builder.AddWebSignIn();
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
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
        app.MapRazorComponents<App>();
        return app;
    }
}
