using Microsoft.Playwright;
using StaticNews.Tests.Hostile;

namespace StaticNews.Tests.Browser;

/// <summary>
/// Issue #6, as a reader meets it: every page of the hostile corpus opened in Chromium, and no
/// script planted in an article (alert, onerror, onload, javascript: links) ever runs.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HostileSiteBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task No_page_of_the_hostile_site_runs_article_script()
    {
        using var site = HostileSite.Create();
        var result = site.Build(StaticSiteRoute.Origin + "/archive/");
        Assert.Null(result.FatalError);

        var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(90_000);
        await StaticSiteRoute.ServeAsync(context, site.Output, "/archive/");
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add($"{page.Url}: {dialog.Message}"); await dialog.DismissAsync(); };

        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? "" : p + "/").Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        foreach (var path in pages)
            await page.GotoAsync(StaticSiteRoute.Origin + "/archive/" + path);

        // Click every link inside the hostile article's body too: a neutralised javascript: link goes nowhere.
        var article = pages.Single(p => p.StartsWith("2023/03/06/"));
        await page.GotoAsync(StaticSiteRoute.Origin + "/archive/" + article);
        foreach (var link in await page.Locator(".article-body a").AllAsync()) await link.ClickAsync();

        Assert.Empty(dialogs);
        await context.CloseAsync();
    }
}
