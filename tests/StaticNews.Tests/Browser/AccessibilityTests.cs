using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// axe-core over every kind of page of the sample site, in Chromium, light and dark: zero
/// violations. axe checks what a screen-reader or keyboard user would trip over (names, roles,
/// contrast, landmarks, headings) on the rendered page, not the template source.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AccessibilityTests(BrowserFixture browser, SearchSiteFixture site)
    : IClassFixture<BrowserFixture>, IClassFixture<SearchSiteFixture>
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            foreach (var path in new[] { "", "2023/", "2010/01/", "tags/", "tags/ilham-aliyev/", "locations/", "locations/armenien/", "search/?q=amnesti", "findes-ikke/" })
                data.Add(path, scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_kind_of_page_has_no_axe_violations(string path, ColorScheme scheme)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme,
            // axe is injected as a script; the site's own CSP rightly forbids that.
            BypassCSP = true,
        });
        context.SetDefaultTimeout(90_000);
        await StaticSiteRoute.ServeAsync(context, site.Output, SearchSiteFixture.BasePath);
        var page = await context.NewPageAsync();
        await page.GotoAsync(StaticSiteRoute.Origin + SearchSiteFixture.BasePath + path);
        if (path.StartsWith("search/"))
            await page.Locator(".search-result").First.WaitForAsync();

        var result = await page.RunAxe();

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(3).Select(n => n.Html))).ToList();
        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n" + string.Join('\n', violations));
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_article_page_has_no_axe_violations()
    {
        var article = Directory.EnumerateDirectories(Path.Combine(site.Output, "2023"), "aserbajdsjan-*", SearchOption.AllDirectories).Single();
        var path = Path.GetRelativePath(site.Output, article).Replace('\\', '/') + "/";
        await Every_kind_of_page_has_no_axe_violations(path, ColorScheme.Light);
        await Every_kind_of_page_has_no_axe_violations(path, ColorScheme.Dark);
    }
}
