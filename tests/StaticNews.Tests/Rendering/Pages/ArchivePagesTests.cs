using AngleSharp.Html.Parser;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>The archive by year and month, made alone from a few articles.</summary>
public class ArchivePagesTests
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Read(IReadOnlyDictionary<string, StaticNews.Output.OutputFile> files, string path)
        => Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path].Content));

    [Fact]
    public void A_year_links_its_months_with_their_counts_and_a_month_lists_its_articles()
    {
        var context = new RenderContextBuilder()
            .Article("september", new DateTimeOffset(2023, 9, 22, 12, 0, 0, TimeSpan.Zero))
            .Article("oktober-1", new DateTimeOffset(2023, 10, 1, 12, 0, 0, TimeSpan.Zero))
            .Article("oktober-2", new DateTimeOffset(2023, 10, 2, 12, 0, 0, TimeSpan.Zero))
            .Article("sidste-aar", new DateTimeOffset(2022, 12, 31, 12, 0, 0, TimeSpan.Zero))
            .Build();

        var files = new ArchivePages().Generate(context).ToDictionary(f => f.Path);

        Assert.Equal(["2022/12/index.html", "2022/index.html", "2023/09/index.html", "2023/10/index.html", "2023/index.html"],
            files.Keys.Order(StringComparer.Ordinal));
        var year = Read(files, "2023/index.html");
        Assert.Equal(["/news/2023/10/", "/news/2023/09/"], year.QuerySelectorAll(".archive-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["2 artikler", "1 artikel"], year.QuerySelectorAll(".archive-list .count").Select(c => c.TextContent));
        Assert.Equal(["/news/2023/", "/news/2022/"], year.QuerySelectorAll(".year-nav a").Select(a => a.GetAttribute("href")));
        var month = Read(files, "2023/10/index.html");
        Assert.Equal(["oktober-2", "oktober-1"], month.QuerySelectorAll(".stream .card h2 a").Select(a => a.TextContent));
        Assert.Equal("/news/2023/", month.QuerySelector(".list-header .kicker a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_article_dated_near_midnight_is_filed_under_the_sites_time_zone()
    {
        // 23:30 UTC on New Year's Eve is past midnight in Copenhagen.
        var context = new RenderContextBuilder().Article("nytaar", new DateTimeOffset(2022, 12, 31, 23, 30, 0, TimeSpan.Zero)).Build();

        var files = new ArchivePages().Generate(context).ToDictionary(f => f.Path);

        Assert.Equal(["2023/01/index.html", "2023/index.html"], files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_month_of_more_articles_than_a_page_holds_shows_each_of_them_once()
    {
        // Three cards on the front page, numbered pages of four dated links.
        var builder = new RenderContextBuilder().WithConfig(c => c with { PageSize = 3, ArchivePageSize = 4 });
        for (var i = 0; i < 10; i++) builder.Article($"dag-{i}", new DateTimeOffset(2023, 9, 1 + i, 12, 0, 0, TimeSpan.Zero));
        var context = builder.Build();

        var files = new ArchivePages().Generate(context).ToDictionary(f => f.Path);

        var front = Read(files, "2023/09/index.html");
        var listed = front.QuerySelectorAll(".stream .card h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(3, listed.Count);
        // Ten articles: page 1 the oldest four; the front page the other six, the rest of them as links.
        listed.AddRange(front.QuerySelectorAll(".stream .archive-list a").Select(a => a.TextContent));
        var page1 = Read(files, "2023/09/page/1/index.html").QuerySelectorAll(".stream .archive-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(4, page1.Count);
        listed.AddRange(page1);
        Assert.Equal(context.Model.Articles.Select(a => a.Meta.Title), listed);
        Assert.DoesNotContain("2023/09/page/2/index.html", files.Keys);
    }
}
