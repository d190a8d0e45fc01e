using Microsoft.Playwright;
using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Browser;

/// <summary>
/// A reader's path through the sample site in real headless Chromium, under a GitHub Pages
/// project path: front page → a location → the article. Saves the screenshots the README shows.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReaderJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string BasePath = "/archive/";
    private readonly TempFolder _temp = new();

    private string BuildSample()
    {
        var input = _temp.CopyFrom(RepoPaths.SampleInput, "input");
        var options = new BuildOptions(SitePaths.Resolve(input, _temp["output"], RepoPaths.Theme), StaticSiteRoute.Origin + BasePath);
        var result = BuildPipeline.For(options).Run(options);
        Assert.True(result.Succeeded, result.FatalError);
        return _temp["output"];
    }

    private async Task<IPage> OpenAsync(string output, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        // Generous: CI machines have two cores, and the browser shares them with the build.
        context.SetDefaultTimeout(90_000);
        await StaticSiteRoute.ServeAsync(context, output, BasePath);
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task A_reader_goes_from_the_front_page_through_a_location_to_the_article()
    {
        var output = BuildSample();
        var page = await OpenAsync(output, 1280, 900);
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add(response.Url); };

        await page.GotoAsync(StaticSiteRoute.Origin + BasePath);
        Assert.Equal("StaticNews Arkiv", await page.TitleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Aserbajdsjan", Exact = true }).First.ClickAsync();
        await PageArrival.AtAsync(page, "/archive/locations/aserbajdsjan/");
        Assert.Equal("Aserbajdsjan", (await page.Locator("h1").TextContentAsync())!.Trim());

        await page.Locator(".card h2 a").First.ClickAsync();
        await PageArrival.UnderAsync(page, "/archive/2023/09/22/");
        var headline = await page.Locator("h1").TextContentAsync();
        Assert.StartsWith("Aserbajdsjan åbner for amnesti", headline);
        Assert.Equal(0, await page.Locator(".article-body ul").CountAsync());

        // The theme's stylesheet really loaded under the base path: the body font is a serif.
        var font = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.article-body')).fontFamily");
        Assert.Contains("serif", font);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task Pages_read_well_on_a_phone_and_in_dark_mode()
    {
        var output = BuildSample();
        var phone = await OpenAsync(output, 390, 844);
        await phone.GotoAsync(StaticSiteRoute.Origin + BasePath);
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the front page scrolls sideways on a phone");

        var dark = await OpenAsync(output, 1280, 900, ColorScheme.Dark);
        await dark.GotoAsync(StaticSiteRoute.Origin + BasePath + "locations/");
        var background = await dark.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(20, 20, 20)", background);
    }

    [Fact]
    public async Task A_missing_page_shows_the_styled_404_with_working_links()
    {
        var output = BuildSample();
        var page = await OpenAsync(output, 1280, 900);
        var response = await page.GotoAsync(StaticSiteRoute.Origin + BasePath + "findes/ikke/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Siden findes ikke", (await page.Locator("h1").TextContentAsync())!.Trim());
        var home = StaticSiteRoute.Origin + BasePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "Til forsiden" }).ClickAsync();
        await PageArrival.AtAsync(page, BasePath);
        Assert.Equal(home, page.Url);
    }

    /// <summary>
    /// The screenshots the README shows: home, an article, a location and a search, on a phone and
    /// a desktop, light and dark. Each page is also checked at 320 px for sideways scrolling.
    /// </summary>
    [Fact]
    public async Task Screenshots_of_the_main_pages_on_phone_and_desktop_in_light_and_dark()
    {
        var output = BuildSample();
        var article = Path.GetRelativePath(output,
            Directory.EnumerateDirectories(Path.Combine(output, "2023"), "aserbajdsjan-*", SearchOption.AllDirectories).Single()).Replace('\\', '/') + "/";
        var pages = new[] { ("home", ""), ("article", article), ("location", "locations/armenien/"), ("search", "search/?q=amnesti") };
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            foreach (var (device, width, height) in new[] { ("phone", 390, 844), ("desktop", 1280, 900) })
            {
                var page = await OpenAsync(output, width, height, scheme);
                foreach (var (name, path) in pages)
                {
                    await page.GotoAsync(StaticSiteRoute.Origin + BasePath + path);
                    if (name == "search") await page.Locator(".search-result").First.WaitForAsync();
                    await Screenshot(page, $"{name}-{device}-{scheme.ToString().ToLowerInvariant()}.png");
                    if (device == "phone" && scheme == ColorScheme.Light)
                    {
                        await page.SetViewportSizeAsync(320, 640);
                        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{name} scrolls sideways at 320 px");
                        await page.SetViewportSizeAsync(width, height);
                    }
                }
                await page.Context.CloseAsync();
            }
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    public void Dispose() => _temp.Dispose();
}
