using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ballaura.Security.Audit;

/// <summary>
/// A signed-in caller refused by a policy (403) is written to the PHI audit log before the refusal goes
/// out: who tried which route on which record. Unauthenticated requests (401) carry no one to record.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var audit = context.RequestServices.GetRequiredService<IPhiAudit>();
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
            var resourceId = context.GetRouteData().Values
                .Where(v => v.Key is not ("controller" or "action"))
                .Select(v => v.Value?.ToString())
                .FirstOrDefault(v => Guid.TryParse(v, out _));
            await audit.RecordNowAsync(
                new PhiAccess(ActionOf(context.Request.Method), route, resourceId, PatientId: null, PhiAccessOutcome.Denied),
                context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string ActionOf(string method) => method switch
    {
        "GET" or "HEAD" => "read",
        "POST" => "create",
        "PUT" or "PATCH" => "update",
        "DELETE" => "delete",
        _ => method.ToLowerInvariant(),
    };
}
