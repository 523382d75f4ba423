using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;

namespace Ballaura.Web.Gateway;

/// <summary>The answer of a gateway call: the value, or the problem's title and detail in words for the page.</summary>
public sealed record ApiResult<T>(T? Value, HttpStatusCode Status, string? Problem)
{
    public bool Ok => Problem is null;
}

/// <summary>Calls the services through the gateway — never directly — with the signed-in user's access token.</summary>
public sealed class GatewayApi(HttpClient http, IHttpContextAccessor context)
{
    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        if (context.HttpContext is { } current && await current.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(cancellationToken), response.StatusCode, null);
        }

        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<ProblemText>(cancellationToken)
            : null;
        return new ApiResult<T>(default, response.StatusCode, problem?.Detail ?? problem?.Title ?? Words(response.StatusCode));
    }

    private static string Words(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Your session has ended. Please sign in again.",
        HttpStatusCode.Forbidden => "This page is not available to your account.",
        HttpStatusCode.NotFound => "We could not find that.",
        HttpStatusCode.TooManyRequests => "Too many requests just now. Please wait a minute and try again.",
        _ => "Something went wrong on our side. Please try again in a moment, or call us.",
    };

    private sealed record ProblemText(string? Title, string? Detail);
}
