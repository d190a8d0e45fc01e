using System.Globalization;
using AngleSharp.Html.Parser;

namespace StaticNews.Tests.Rendering;

[Trait("Category", "Slow")]
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
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "page_size: 5\narchive_page_size: 10\n");
        WriteArticles(site, 37);
        Assert.True(site.Build().Succeeded);

        // 37 articles, numbered pages of 10 dated links: page 1 = articles 0–9, page 2 = 10–19,
        // page 3 = 20–29; the front page the newest 7, the newest 5 as cards, 31 and 30 as links.
        Assert.Equal(Enumerable.Range(32, 5).Reverse().Select(i => $"Artikel {i}"), Cards(site, "index.html"));
        Assert.Equal(["Artikel 31", "Artikel 30"], Links(site, "index.html"));
        Assert.Equal(Enumerable.Range(20, 10).Reverse().Select(i => $"Artikel {i}"), Links(site, "page/3/index.html"));
        Assert.Equal(Enumerable.Range(10, 10).Reverse().Select(i => $"Artikel {i}"), Links(site, "page/2/index.html"));
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"Artikel {i}"), Links(site, "page/1/index.html"));
        Assert.All(["page/1/index.html", "page/2/index.html", "page/3/index.html"], page => Assert.Empty(Cards(site, page)));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page", "4")));

        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Null(home.QuerySelector(".pager-newer"));
        Assert.Equal("/page/3/", home.QuerySelector(".pager-older")!.GetAttribute("href"));
        var page3 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "3", "index.html")));
        Assert.Equal("/", page3.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Equal("/page/2/", page3.QuerySelector(".pager-older")!.GetAttribute("href"));
        var page2 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "2", "index.html")));
        Assert.Equal("/page/3/", page2.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Equal("/page/1/", page2.QuerySelector(".pager-older")!.GetAttribute("href"));
        Assert.Equal("11. januar 2023 – 20. januar 2023", page2.QuerySelector(".pager-label")!.TextContent);
        var page1 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html")));
        Assert.Equal("/page/2/", page1.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Null(page1.QuerySelector(".pager-older"));

        // A tag and a place are paginated the same way: Vejle holds all 37, "Lige" the 19 even
        // ones: a numbered page of its oldest 10, and a front page of 5 cards and 4 links.
        Assert.True(File.Exists(Path.Combine(site.Output, "locations", "vejle", "page", "3", "index.html")));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"Artikel {18 - 2 * i}"), Links(site, "tags/lige/page/1/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tags", "lige", "page", "2")));
        Assert.Equal(5, Cards(site, "tags/lige/index.html").Count);
        Assert.Equal(4, Links(site, "tags/lige/index.html").Count);
    }

    [Fact]
    public void A_numbered_page_keeps_its_articles_when_newer_ones_arrive()
    {
        using var site = new TestSite();
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "page_size: 5\narchive_page_size: 10\n");
        WriteArticles(site, 25);
        Assert.True(site.Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html"));
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"Artikel {i}"), Links(site, "page/1/index.html"));

        WriteArticles(site, 36);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "page", "1", "index.html")));
        Assert.Equal(Enumerable.Range(20, 10).Reverse().Select(i => $"Artikel {i}"), Links(site, "page/3/index.html"));
        Assert.Equal(Enumerable.Range(30, 6).Reverse().Select(i => $"Artikel {i}"), Cards(site, "index.html").Concat(Links(site, "index.html")));
    }

    /// <summary>The titles a list page shows as cards with their leads: a front page's newest.</summary>
    private static List<string> Cards(TestSite site, string page)
        => Parse(site, page).QuerySelectorAll(".stream .card h2, .stream .card h3").Select(h => h.TextContent.Trim()).ToList();

    /// <summary>The titles a list page shows as dated links: a numbered page's all, a front page's older than its cards.</summary>
    private static List<string> Links(TestSite site, string page)
        => Parse(site, page).QuerySelectorAll(".stream .archive-list li a").Select(a => a.TextContent.Trim()).ToList();

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(TestSite site, string page)
        => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));

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
