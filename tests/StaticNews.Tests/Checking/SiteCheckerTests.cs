using StaticNews.Checking;

namespace StaticNews.Tests.Checking;

/// <summary>The check command's checker: clean on a real build, and it catches each kind of breakage.</summary>
[Trait("Category", "Slow")]
public class SiteCheckerTests
{
    private static (TestSite Site, SiteChecker Checker) BuiltSite(string? baseUrl = null)
    {
        var site = new TestSite("ritzau-amnesti.txt", "tv2-borgmestre.txt", "tv2-billund.txt");
        Assert.True(site.Build(baseUrl).Succeeded);
        return (site, new SiteChecker(site.Output, SiteChecker.BaseUrlFromRobots(site.Output)!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.github.io/archive/")]
    public void A_fresh_build_is_clean_with_and_without_a_base_path(string? baseUrl)
    {
        var (site, checker) = BuiltSite(baseUrl);
        using (site)
        {
            var report = checker.Run();
            Assert.True(report.Clean, string.Join('\n', report.Findings));
            Assert.True(report.Links > 500);
            Assert.True(report.Feeds > 10);
        }
    }

    [Fact]
    public void The_base_url_is_read_back_from_robots_txt()
    {
        var (site, _) = BuiltSite("https://example.github.io/archive/");
        using (site) Assert.Equal("https://example.github.io/archive/", SiteChecker.BaseUrlFromRobots(site.Output)!.ToString());
    }

    [Fact]
    public void Finds_a_missing_page_a_broken_anchor_a_foreign_asset_and_an_orphan()
    {
        var (site, checker) = BuiltSite();
        using (site)
        {
            var home = Path.Combine(site.Output, "index.html");
            var html = File.ReadAllText(home).Replace("</main>",
                "<a href=\"/findes-ikke/\">x</a><a href=\"/tags/#intet-id\">y</a><script src=\"https://cdn.example.com/x.js\"></script></main>");
            File.WriteAllText(home, html);
            Directory.CreateDirectory(Path.Combine(site.Output, "glemt"));
            File.WriteAllText(Path.Combine(site.Output, "glemt", "index.html"), "<!DOCTYPE html><title>x</title>");

            var problems = checker.Run().Findings.Select(f => f.ToString()).ToList();
            Assert.Contains(problems, p => p.StartsWith("index.html: broken link: /findes-ikke/"));
            Assert.Contains(problems, p => p.StartsWith("index.html: broken anchor: /tags/#intet-id"));
            Assert.Contains(problems, p => p.Contains("loads https://cdn.example.com/x.js from another host"));
            Assert.Contains("glemt/index.html: orphaned: no page links to it", problems);
            Assert.Contains("sitemap.xml: does not list glemt/index.html", problems);
        }
    }

    [Fact]
    public void Finds_a_broken_feed_and_a_sitemap_entry_without_a_page()
    {
        var (site, checker) = BuiltSite();
        using (site)
        {
            File.WriteAllText(Path.Combine(site.Output, "tags", "ilham-aliyev", "feed.xml"), "<feed><unclosed></feed>");
            var sitemap = Path.Combine(site.Output, "sitemap.xml");
            File.WriteAllText(sitemap, File.ReadAllText(sitemap).Replace("</urlset>", "<url><loc>https://staticnews.example/vaek/</loc></url></urlset>")
                .Replace("https://staticnews.example/", "https://example.org/"));

            var problems = checker.Run().Findings.Select(f => f.ToString()).ToList();
            Assert.Contains(problems, p => p.StartsWith("tags/ilham-aliyev/feed.xml: not well-formed XML"));
            Assert.Contains(problems, p => p.StartsWith("sitemap.xml: lists a missing page: https://example.org/vaek/"));
        }
    }
}
