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
    public void Lists_are_paginated_by_page_size_with_working_pager_links()
    {
        using var site = new TestSite();
        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "page_size: 10\n");
        WriteArticles(site, 25);
        Assert.True(site.Build().Succeeded);

        var parser = new HtmlParser();
        var home2 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "2", "index.html")));
        Assert.Equal(10, home2.QuerySelectorAll(".stream .card").Length);
        Assert.Equal("/", home2.QuerySelector(".pager-newer")!.GetAttribute("href"));
        Assert.Equal("/page/3/", home2.QuerySelector(".pager-older")!.GetAttribute("href"));
        var home3 = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "page", "3", "index.html")));
        Assert.Equal(5, home3.QuerySelectorAll(".stream .card").Length);
        Assert.Null(home3.QuerySelector(".pager-older"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "page", "4")));

        Assert.True(File.Exists(Path.Combine(site.Output, "locations", "vejle", "page", "3", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "tags", "lige", "page", "2", "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "tags", "lige", "page", "3", "index.html")));
        Assert.Contains("Artikel 24", File.ReadAllText(Path.Combine(site.Output, "index.html")));
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
