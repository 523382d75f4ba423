namespace Ballaura.Gateway.Protection;

/// <summary>
/// Response headers every answer gets: no sniffing, no framing, no referrer leaks, and no caching of API
/// answers (they carry PHI) in browsers or shared caches.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The sign-in form posts here and its redirects end at the web client's sign-in callback: the web client's origins
    /// ("Gateway:Cors:Origins") are the only other place a form may lead (CSP form-action covers the redirects too).
    /// </summary>
    private static string ContentSecurityPolicy(IEnumerable<string> webOrigins) =>
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; "
        + $"form-action {string.Join(' ', webOrigins.Prepend("'self'"))}; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? []);
        return app.Use((context, next) => Apply(context, next, policy));
    }

    private static Task Apply(HttpContext context, RequestDelegate next, string contentSecurityPolicy)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
