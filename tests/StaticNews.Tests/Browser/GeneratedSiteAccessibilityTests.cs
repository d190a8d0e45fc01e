using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticNews.Configuration;
using StaticNews.Corpus;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Browser;

/// <summary>axe-core on a generated 1,000-article archive: long lists, many terms, paginated pages.</summary>
[Trait("Category", "Slow")]
public sealed class GeneratedSiteAccessibilityTests(BrowserFixture browser, GeneratedSiteAccessibilityTests.Site site)
    : IClassFixture<BrowserFixture>, IClassFixture<GeneratedSiteAccessibilityTests.Site>
{
    public sealed class Site : IDisposable
    {
        private readonly TempFolder _temp = new();
        public string Output => _temp["output"];

        public Site()
        {
            var places = PlaceList.Read(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv"));
            new CorpusGenerator(3, places).Write(_temp.Path, 1000);
            // Short pages, so that a place's list (an article lists the few places it is about)
            // has numbered pages of dated links at this size too.
            var siteYml = Path.Combine(_temp["input"], "site.yml");
            var settings = File.ReadAllText(siteYml);
            Assert.Contains("page_size: 20\n", settings);
            File.WriteAllText(siteYml, settings.Replace("page_size: 20\n", "page_size: 5\narchive_page_size: 10\n"));
            var options = new BuildOptions(SitePaths.Resolve(_temp["input"], Output, RepoPaths.Theme), StaticSiteRoute.Origin + "/archive/");
            var result = BuildPipeline.For(options).Run(options);
            Assert.True(result.Succeeded, result.FatalError);
        }

        public string AnyArticle => "2020/" + Path.GetRelativePath(Path.Combine(Output, "2020"),
            Directory.EnumerateFiles(Path.Combine(Output, "2020"), "index.html", SearchOption.AllDirectories)
                .Where(f => Path.GetRelativePath(Path.Combine(Output, "2020"), f).Count(c => c == '/') == 3).Order(StringComparer.Ordinal).First())[..^"index.html".Length];

        /// <summary>An older page of the place named most often: a numbered list of dated links.</summary>
        public string NumberedLocationPage => Path.GetRelativePath(Output, Directory.EnumerateDirectories(Path.Combine(Output, "locations"))
            .Select(d => Path.Combine(d, "page", "1")).Where(Directory.Exists).Order(StringComparer.Ordinal).First()).Replace('\\', '/') + "/";

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public async Task Home_article_lists_and_indexes_have_no_axe_violations()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        context.SetDefaultTimeout(90_000);
        await StaticSiteRoute.ServeAsync(context, site.Output, "/archive/");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "", "page/2/", site.AnyArticle, site.NumberedLocationPage, "tags/", "locations/", "2020/", "2020/05/", "search/?q=havnen" })
        {
            await page.GotoAsync(StaticSiteRoute.Origin + "/archive/" + path);
            if (path.StartsWith("search/")) await page.Locator(".search-result").First.WaitForAsync();
            var result = await page.RunAxe();
            problems.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {v.Nodes.FirstOrDefault()?.Html}"));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        await context.CloseAsync();
    }
}
