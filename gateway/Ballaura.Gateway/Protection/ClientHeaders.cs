using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Ballaura.Gateway.Protection;

/// <summary>
/// Headers a client must not be able to set on its way to a service: anything that claims an identity or
/// a network position. The caller's identity travels only as the validated bearer token; X-Forwarded-*
/// are rewritten by YARP from what the gateway itself saw.
/// </summary>
public static class ClientHeaders
{
    private static readonly string[] SpoofablePrefixes = ["X-Ballaura-", "X-User", "X-Forwarded-User", "X-Remote-", "X-Auth", "X-Original-"];
    private static readonly string[] Spoofable = ["X-Real-IP", "X-Client-IP", "True-Client-IP", "Forwarded", "X-HTTP-Method-Override", "X-Patient-Id", "X-Role"];

    public static void StripSpoofable(TransformBuilderContext context) =>
        context.AddRequestTransform(transform =>
        {
            var headers = transform.ProxyRequest.Headers;
            foreach (var name in headers.Select(h => h.Key).Where(IsSpoofable).ToList())
            {
                headers.Remove(name);
            }

            return ValueTask.CompletedTask;
        });

    internal static bool IsSpoofable(string name) =>
        Spoofable.Contains(name, StringComparer.OrdinalIgnoreCase)
        || SpoofablePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
