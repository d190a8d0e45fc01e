using System.Globalization;
using AngleSharp.Html.Parser;

namespace StaticNews.Tests.Rendering;

public class LanguageAndPaginationTests
{
    private static void WriteArticles(TestSite site, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var date = new DateTime(2023, 1, 1, 12, 0, 0).AddDays(i).ToString("yyyy-MM-dd'T'HH:mm:ss'+01:00'", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(site.Articles, $"artikel-{i:D3}.md"),
                $"---\ntitle: Artikel {i}\ndate: {date}\nlocations: [Vejle]\ntags: [{(i % 2 == 0 ? "Lige" : "Ulige")}]\n---\n\nTekst nummer {i}.\n");
        }
    }

    [Fact]
    public void Lists_are_numbered_from_the_oldest_page_and_the_front_page_holds_the_newest_rest()
    {
        using var site = new TestSite();
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "page_size: 10\n");
        WriteArticles(site, 35);
        Assert.True(site.Build().Succeeded);

        // 35 articles, 10 a page: page 1 = articles 0–9, page 2 = 10–19, the front page the newest 15.
        var front = Listed(site, "index.html");
        Assert.Equal(Enumerable.Range(20, 15).Reverse().Select(i => $"Artikel {i}"), front);
        Assert.Equal(Enumerable.Range(10, 10).Reverse().Select(i => $"Artikel {i}"), Listed(site, "page/2/index.html"));
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"Artikel {i}"), Listed(site, "page/1/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page", "3")));

        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Null(home.QuerySelector(".pager-newer"));
        Assert.Equal("/page/2/", home.QuerySelector(".pager-older")!.GetAttribute("href"));
        var page2 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "2", "index.html")));
        Assert.Equal("/", page2.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Equal("/page/1/", page2.QuerySelector(".pager-older")!.GetAttribute("href"));
        Assert.Equal("11. januar 2023 – 20. januar 2023", page2.QuerySelector(".pager-label")!.TextContent);
        var page1 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html")));
        Assert.Equal("/page/2/", page1.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Null(page1.QuerySelector(".pager-older"));

        // Vejle holds all 35; "Lige" 18 (one page: the front page is never short of a full page).
        Assert.True(File.Exists(Path.Combine(site.Output, "locations", "vejle", "page", "2", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tags", "lige", "page")));
        Assert.Equal(18, Listed(site, "tags/lige/index.html").Count);
    }

    [Fact]
    public void A_numbered_page_keeps_its_articles_when_newer_ones_arrive()
    {
        using var site = new TestSite();
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "page_size: 10\n");
        WriteArticles(site, 25);
        Assert.True(site.Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html"));
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"Artikel {i}"), Listed(site, "page/1/index.html"));

        WriteArticles(site, 29);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html")));
        Assert.Equal(Enumerable.Range(10, 19).Reverse().Select(i => $"Artikel {i}"), Listed(site, "index.html"));
    }

    /// <summary>The titles a list page shows: as cards with their leads on a front page, as dated links on a numbered page.</summary>
    private static List<string> Listed(TestSite site, string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
        var numbered = page.Contains("page/", StringComparison.Ordinal);
        Assert.Equal(numbered, document.QuerySelectorAll(".stream .card").Length == 0);
        return document.QuerySelectorAll(numbered ? ".stream .archive-list li a" : ".stream .card h2, .stream .card h3").Select(h => h.TextContent.Trim()).ToList();
    }

    [Fact]
    public void An_English_site_gets_English_strings_and_dates()
    {
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Input, "site.yml"), "title: Test archive\nbase_url: https://example.org/\nlanguage: en\n");
        WriteArticles(site, 1);
        Assert.True(site.Build().Succeeded);

        var article = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "2023", "01", "01", "artikel-000", "index.html")));
        Assert.Equal("en", article.DocumentElement.GetAttribute("lang"));
        Assert.Equal("1 January 2023", article.QuerySelector(".article-header time")!.TextContent);
        Assert.Contains("Places", article.QuerySelector(".site-nav")!.TextContent);
    }

    [Fact]
    public void Liquid_and_HTML_in_article_text_are_shown_never_run()
    {
        using var site = new TestSite("escaping.txt");
        Assert.True(site.Build().Succeeded);
        var file = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Single(f => f.Contains("tekst-med-tegn"));
        var html = File.ReadAllText(file);
        var body = new HtmlParser().ParseDocument(html).QuerySelector(".article-body")!;

        Assert.Empty(body.QuerySelectorAll("script, a, em, strong, ul, ol, h1, blockquote, code, del"));
        Assert.Contains("{{ site.title }}", body.TextContent);
        Assert.Contains("{% raw %}", body.TextContent);
        Assert.Contains("<script>alert(1)</script>", body.TextContent);
        Assert.Contains("1. maj blev fejret", body.TextContent);
        Assert.Contains("[et link](https://example.com)", body.TextContent);
        Assert.DoesNotContain("<script>alert", html);
    }
}
