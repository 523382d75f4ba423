using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ballaura.EndToEndTests.Security;

/// <summary>
/// Gets tokens the way real clients do, through the gateway: the authorization code flow with PKCE and
/// the sign-in page (as a browser would), and client credentials for the phone system.
/// </summary>
public sealed partial class TokenClient(Uri gateway)
{
    public const string ClientId = "ballaura-dev";
    public const string RedirectUri = "http://127.0.0.1/callback";
    public const string Scopes = "openid roles offline_access ballaura-api";

    public async Task<JsonElement> SignInAsync(string email, string password)
    {
        using var browser = NewBrowser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var state = Guid.NewGuid().ToString("N");
        var authorize = $"/connect/authorize?client_id={ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}"
            + $"&scope={Uri.EscapeDataString(Scopes)}&code_challenge={challenge}&code_challenge_method=S256&state={state}";

        using var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginPage = toLogin.Headers.Location!;
        Assert.Equal(gateway.Authority, loginPage.Authority);

        using var afterLogin = await SubmitLoginAsync(browser, loginPage, email, password);
        Assert.Equal(HttpStatusCode.Redirect, afterLogin.StatusCode);

        using var toClient = await browser.GetAsync(afterLogin.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        var callback = toClient.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal(state, query["state"]);

        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"]!,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        }));
        Assert.True(token.IsSuccessStatusCode, $"token endpoint answered {(int)token.StatusCode}: {await token.Content.ReadAsStringAsync()}");
        return await token.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Posts the sign-in form; the answer is the redirect back to the authorization endpoint, or the page again with an error.</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, Uri loginPage, string email, string password)
    {
        using var page = await browser.GetAsync(loginPage);
        var html = await page.Content.ReadAsStringAsync();
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
            ["returnUrl"] = WebUtility.HtmlDecode(HiddenField(html, "returnUrl")),
            ["email"] = email,
            ["password"] = password,
        }));
    }

    public async Task<JsonElement> ClientCredentialsAsync(string clientId, string secret)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        using var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "ballaura-api",
        }));
        Assert.True(token.IsSuccessStatusCode, $"token endpoint answered {(int)token.StatusCode}: {await token.Content.ReadAsStringAsync()}");
        return await token.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = ClientId,
        }));
    }

    /// <summary>A cookie-keeping client that does not follow redirects, so each hop can be checked.</summary>
    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = gateway };

    private static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"the page has no hidden field {name}");
        return match.Groups[1].Value;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
