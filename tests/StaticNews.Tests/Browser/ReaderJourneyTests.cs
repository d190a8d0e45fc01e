using Microsoft.Playwright;
using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Browser;

/// <summary>
/// A reader's path through the sample site in real headless Chromium, under a GitHub Pages
/// project path: front page → a location → the article. Saves the screenshots the README shows.
/// </summary>
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
        await Screenshot(page, "home-desktop.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Aserbajdsjan", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/archive/locations/aserbajdsjan/");
        Assert.Equal("Aserbajdsjan", (await page.Locator("h1").TextContentAsync())!.Trim());

        await page.Locator(".card-title a").First.ClickAsync();
        await page.WaitForURLAsync("**/archive/2026/**");
        var headline = await page.Locator("h1").TextContentAsync();
        Assert.StartsWith("Aserbajdsjan åbner for amnesti", headline);
        Assert.Equal(0, await page.Locator(".article-body ul").CountAsync());
        await Screenshot(page, "article-desktop.png");

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
        await Screenshot(phone, "home-phone.png");

        var dark = await OpenAsync(output, 1280, 900, ColorScheme.Dark);
        await dark.GotoAsync(StaticSiteRoute.Origin + BasePath + "locations/");
        var background = await dark.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(20, 20, 20)", background);
        await Screenshot(dark, "locations-dark.png");
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
        await Task.WhenAll(page.WaitForURLAsync(home), page.GetByRole(AriaRole.Link, new() { Name = "Til forsiden" }).ClickAsync());
        Assert.Equal(home, page.Url);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    public void Dispose() => _temp.Dispose();
}
