using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;

namespace Ballaura.Web.Gateway;

/// <summary>
/// The answer of a gateway call: the value, or the problem's title and detail in words for the page, and for a 400 the
/// message per field (the services name the field and the rule).
/// </summary>
public sealed record ApiResult<T>(T? Value, HttpStatusCode Status, string? Problem, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Ok => Problem is null;

    /// <summary>For a page with no field to put each message next to: every field's message, or the problem.</summary>
    public string? Explanation => Errors is { Count: > 0 } ? string.Join(" ", Errors.Values.SelectMany(messages => messages)) : Problem;

    public string? ErrorFor(string field) =>
        Errors?.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
            || e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();
}

/// <summary>A downloaded file's bytes and declared type.</summary>
public sealed record DownloadedFile(byte[] Content, string? ContentType);

/// <summary>Calls the services through the gateway — never directly — with the signed-in user's access token.</summary>
public sealed class GatewayApi(HttpClient http, IHttpContextAccessor context, ILogger<GatewayApi> logger)
{
    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        return SendAsync<T>(request, cancellationToken);
    }

    /// <summary>Posts a file as the request body, streamed (never held whole in memory here), with its declared type.</summary>
    public Task<ApiResult<T>> UploadAsync<T>(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new StreamContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return SendAsync<T>(request, cancellationToken);
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var _ = request;
        using var response = await SendOrNullAsync(request, cancellationToken);
        if (response is null)
        {
            return new ApiResult<T>(default, HttpStatusCode.ServiceUnavailable, Words(HttpStatusCode.ServiceUnavailable));
        }

        if (response.IsSuccessStatusCode)
        {
            var value = response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                ? default
                : await response.Content.ReadFromJsonAsync<T>(cancellationToken);
            return new ApiResult<T>(value, response.StatusCode, null);
        }

        var problem = await ReadProblemAsync(response, cancellationToken);
        var words = problem?.Errors is { Count: > 0 } ? "Please check the fields marked below." : problem?.Detail ?? problem?.Title ?? Words(response.StatusCode);
        return new ApiResult<T>(default, response.StatusCode, words, problem?.Errors);
    }

    /// <summary>A file (a PDF, a scan) from the gateway, to send on to the browser; or the problem in words with its status.</summary>
    public async Task<ApiResult<DownloadedFile>> GetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        using var response = await SendOrNullAsync(request, cancellationToken);
        if (response is null)
        {
            return new ApiResult<DownloadedFile>(null, HttpStatusCode.ServiceUnavailable, Words(HttpStatusCode.ServiceUnavailable));
        }

        if (response.IsSuccessStatusCode)
        {
            var file = new DownloadedFile(await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentType?.MediaType);
            return new ApiResult<DownloadedFile>(file, response.StatusCode, null);
        }

        var problem = await ReadProblemAsync(response, cancellationToken);
        return new ApiResult<DownloadedFile>(null, response.StatusCode, problem?.Detail ?? problem?.Title ?? Words(response.StatusCode));
    }

    /// <returns>The gateway's answer, or null when it (or a service behind it) cannot be reached: the page says so instead of failing.</returns>
    private async Task<HttpResponseMessage?> SendOrNullAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(request);
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Gateway call {Method} {Path} failed: {Error}", request.Method, request.RequestUri?.AbsolutePath, error.GetType().Name);
            return null;
        }
    }

    /// <summary>The signed-in user's access token, kept by the framework in the session cookie.</summary>
    private async Task AuthorizeAsync(HttpRequestMessage request)
    {
        if (context.HttpContext is { } current && await current.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private static async Task<ProblemText?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<ProblemText>(cancellationToken)
            : null;

    private static string Words(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Your session has ended. Please sign in again.",
        HttpStatusCode.Forbidden => "This page is not available to your account.",
        HttpStatusCode.NotFound => "We could not find that.",
        HttpStatusCode.TooManyRequests => "Too many requests just now. Please wait a minute and try again.",
        HttpStatusCode.ServiceUnavailable => "We cannot reach the clinic's system just now. Please try again in a moment, or call us.",
        _ => "Something went wrong on our side. Please try again in a moment, or call us.",
    };

    private sealed record ProblemText(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
