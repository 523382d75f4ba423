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
