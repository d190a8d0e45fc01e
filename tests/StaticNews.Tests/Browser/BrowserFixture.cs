using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the browser tests, driven by Playwright. The browser is the
/// machine's own (/usr/bin/chromium, installed by .ci/run): Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("STATICNEWS_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
            throw new InvalidOperationException($"{executable} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // No sandbox as root in CI; no background networking, since this machine has no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
