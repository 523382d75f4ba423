using Microsoft.Playwright;

namespace Ballaura.EndToEndTests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download does not work here), headless, with the flags this
/// machine's closed network needs. Screenshots go to TestResults/screenshots, kept as the run's artifacts.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(ViewportSize? viewport = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No browser at {ChromiumPath}: install Debian's chromium package (test.sh does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        return new BrowserSession(playwright, browser, await context.NewPageAsync());
    }

    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    /// <summary>Opens <paramref name="path"/>, is sent to the identity service's sign-in page, signs in and comes back.</summary>
    public async Task SignInAsync(Uri webAddress, string path, string email)
    {
        await Page.GotoAsync(new Uri(webAddress, path).ToString());
        await Page.WaitForSelectorAsync("input[name=email]");
        await ScreenshotAsync("01-sign-in");
        await Page.FillAsync("input[name=email]", email);
        await Page.FillAsync("input[name=password]", BallauraAppFixture.SeedPassword);
        await Page.ClickAsync("button[type=submit]");
        try
        {
            await Page.WaitForURLAsync(url => url.StartsWith(new Uri(webAddress, path).ToString(), StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("failed-sign-in");
            Xunit.Assert.Fail($"Not back on {path} after signing in: at {Page.Url}: {await Page.InnerTextAsync("body")}");
        }
    }

    /// <summary>
    /// The screen's basics for assistive technology: the page names its language and has one main heading, and every
    /// field and button has a name a screen reader can read (a label, an aria-label or its text).
    /// </summary>
    public async Task AssertAccessibleAsync()
    {
        var unnamed = await Page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby')
                           && !(e.tagName === 'BUTTON' && e.innerText.trim()))
              .map(e => e.outerHTML.slice(0, 160))
            """);
        Xunit.Assert.True(unnamed.Length == 0, $"Fields without a name on {Page.Url}: {string.Join(" | ", unnamed)}");
        Xunit.Assert.Equal("en", await Page.EvaluateAsync<string>("document.documentElement.lang"));
        Xunit.Assert.Equal(1, await Page.Locator("h1").CountAsync());
    }

    /// <summary>Waits for <paramref name="locator"/>; when it never shows, fails with what the page says instead (and a screenshot).</summary>
    public async Task SeeAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync();
        }
        catch (TimeoutException)
        {
            var text = await Page.ContentAsync();
            Xunit.Assert.Fail($"Not seen on {Page.Url}: {locator}. The page says: {text}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
