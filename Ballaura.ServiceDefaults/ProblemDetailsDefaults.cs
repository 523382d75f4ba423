using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// RFC 7807 everywhere: a body that cannot be read answers 400 naming the field that broke it,
/// not an empty 400 or a 500.
/// </summary>
public static class ProblemDetailsDefaults
{
    public static IServiceCollection AddBallauraProblemDetails(this IServiceCollection services)
    {
        // Minimal APIs only throw on unreadable input in Development unless told to; we always want the problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(o =>
        {
            o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            // A caller's unreadable body is their mistake, answered with a 400: not an error in our logs.
            o.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var exception = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            if (exception is not BadHttpRequestException bad)
            {
                return;
            }

            context.ProblemDetails.Title = "The request could not be read.";
            if (bad.InnerException is JsonException { Path: { } path })
            {
                var field = path.TrimStart('$', '.');
                context.ProblemDetails.Detail = $"The field '{field}' has a value of the wrong type or format.";
                context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
                {
                    [field] = ["The value has the wrong type or format."],
                };
            }
            else
            {
                // The framework's message names the parameter and the reason, never the value.
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        return services;
    }
}
