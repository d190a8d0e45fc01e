using AngleSharp.Html.Parser;
using StaticNews.Rendering.Pages;
using StaticNews.Site;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>A place's or tag's pages, made alone from a few articles: every article on one page of its term, and a feed per term.</summary>
public class TermPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_place_gets_a_front_page_numbered_pages_of_its_older_articles_and_a_feed()
    {
        var builder = new RenderContextBuilder().WithConfig(c => c with { PageSize = 2, ArchivePageSize = 2 });
        for (var i = 0; i < 5; i++) builder.Article($"aalborg-{i}", RenderContextBuilder.Day.AddDays(i), locations: ["Aalborg"]);
        var context = builder.Article("andet-sted", locations: ["Odense"]).Build();

        var files = new TermPages(TermKind.Locations).Generate(context).ToDictionary(f => f.Path);

        // Five articles, two cards on a front page and two links on a numbered one: page 1 the
        // oldest two, the front page the newest three, the newest two as cards and the third as a link.
        Assert.Equal(["locations/aalborg/feed.xml", "locations/aalborg/index.html", "locations/aalborg/page/1/index.html",
            "locations/odense/feed.xml", "locations/odense/index.html"], files.Keys.Order(StringComparer.Ordinal));
        var front = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files["locations/aalborg/index.html"].Content));
        Assert.Equal("Aalborg", front.QuerySelector("h1")!.TextContent);
        Assert.Equal(["aalborg-4", "aalborg-3"], front.QuerySelectorAll(".stream .card h2 a").Select(a => a.TextContent));
        Assert.Equal(["aalborg-2"], front.QuerySelectorAll(".stream .archive-list a").Select(a => a.TextContent));
        Assert.Equal("/news/locations/aalborg/page/1/", front.QuerySelector(".pager-older")!.GetAttribute("href"));
        var older = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files["locations/aalborg/page/1/index.html"].Content));
        Assert.Equal(["aalborg-1", "aalborg-0"], older.QuerySelectorAll(".stream .archive-list a").Select(a => a.TextContent));
        // Two days, each line dated.
        Assert.Equal(2, older.QuerySelectorAll(".stream .archive-list li > time").Length);
    }

    [Fact]
    public void A_numbered_page_dates_a_days_articles_once_on_the_first_of_them()
    {
        var builder = new RenderContextBuilder().WithConfig(c => c with { PageSize = 2, ArchivePageSize = 2 });
        for (var i = 0; i < 5; i++) builder.Article($"aalborg-{i}", RenderContextBuilder.Day.AddHours(i), locations: ["Aalborg"]);
        var file = new TermPages(TermKind.Locations).Generate(builder.Build()).Single(f => f.Path == "locations/aalborg/page/1/index.html");

        var lines = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content)).QuerySelectorAll(".stream .archive-list li");

        Assert.Equal(["aalborg-1", "aalborg-0"], lines.Select(l => l.QuerySelector("a")!.TextContent));
        var date = Assert.Single(lines.SelectMany(l => l.QuerySelectorAll("time")));
        Assert.Same(lines[0], date.ParentElement);
        Assert.Equal(RenderContextBuilder.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.GetAttribute("datetime"));
    }

    [Fact]
    public void A_terms_cards_are_short_and_its_numbered_pages_leave_open_graph_to_the_front_page()
    {
        var lead = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"ord{i}"));
        var builder = new RenderContextBuilder().WithConfig(c => c with { PageSize = 2, ArchivePageSize = 2 });
        for (var i = 0; i < 5; i++) builder.Article($"aalborg-{i}", RenderContextBuilder.Day.AddDays(i), locations: ["Aalborg"], summary: lead);
        var files = new TermPages(TermKind.Locations).Generate(builder.Build()).ToDictionary(f => f.Path);
        var front = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files["locations/aalborg/index.html"].Content));
        var older = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files["locations/aalborg/page/1/index.html"].Content));

        // A card on a term's list: title, date and the lead's first 24 words; every card there
        // shares the term, so no kicker and no source.
        var card = front.QuerySelector(".stream .card")!;
        Assert.Equal("aalborg-4", card.QuerySelector(".card h2 a")!.TextContent);
        Assert.NotNull(card.QuerySelector("time[datetime]"));
        var summary = card.QuerySelector(".meta + p")!.TextContent;
        Assert.StartsWith("ord1 ord2 ", summary);
        Assert.Equal(24, summary.TrimEnd('.', '…').Split(' ').Length);
        Assert.Null(card.QuerySelector(".kicker"));
        Assert.DoesNotContain("ritzau", card.QuerySelector(".meta")!.TextContent);

        // The front page is the one to share; a numbered page keeps its title, description and canonical.
        Assert.Equal("https://example.org/news/locations/aalborg/", front.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Empty(older.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:']"));
        Assert.Equal("https://example.org/news/locations/aalborg/page/1/", older.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(older.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.Contains("Aalborg", older.Title);
    }

    [Fact]
    public void A_places_front_page_names_the_places_named_with_it_and_the_years_it_appears_in()
    {
        var context = new RenderContextBuilder()
            .Article("a", new DateTimeOffset(2022, 5, 1, 12, 0, 0, TimeSpan.Zero), locations: ["Armenien", "Aserbajdsjan"])
            .Article("b", new DateTimeOffset(2023, 5, 1, 12, 0, 0, TimeSpan.Zero), locations: ["Armenien", "Aserbajdsjan", "Georgien"])
            .Build();

        var file = new TermPages(TermKind.Locations).Generate(context).Single(f => f.Path == "locations/armenien/index.html");

        var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        Assert.Equal(["Aserbajdsjan", "Georgien"], page.QuerySelectorAll("#side-related + * a").Select(a => a.TextContent.Trim().Split(' ')[0]));
        Assert.Equal(["/news/2023/", "/news/2022/"], page.QuerySelectorAll(".sidebar ul.plain a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_places_named_most_often_with_a_place_come_first_then_by_name()
    {
        var context = new RenderContextBuilder()
            .Article("a", new DateTimeOffset(2021, 5, 1, 12, 0, 0, TimeSpan.Zero), locations: ["Armenien", "Tyrkiet", "Georgien"])
            .Article("b", new DateTimeOffset(2023, 5, 1, 12, 0, 0, TimeSpan.Zero), locations: ["Armenien", "Georgien", "Aserbajdsjan"])
            .Article("c", new DateTimeOffset(2021, 6, 1, 12, 0, 0, TimeSpan.Zero), locations: ["Armenien", "Abkhasien"])
            .Build();

        var file = new TermPages(TermKind.Locations).Generate(context).Single(f => f.Path == "locations/armenien/index.html");

        var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        Assert.Equal(["Georgien", "Abkhasien", "Aserbajdsjan", "Tyrkiet"], page.QuerySelectorAll("#side-related + * a").Select(a => a.TextContent.Trim().Split(' ')[0]));
        Assert.Equal(["/news/2023/", "/news/2021/"], page.QuerySelectorAll(".sidebar ul.plain a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_page_output_already_holds_from_the_same_inputs_is_kept_not_made_again()
    {
        RenderContextBuilder Site() => new RenderContextBuilder().Article("a", tags: ["Folketinget"]).Article("b", tags: ["Folketinget"]);
        var first = new TermPages(TermKind.Tags).Generate(Site().Build()).ToList();
        var made = new KeysOf(first);

        var second = new TermPages(TermKind.Tags).Generate(Site().WithPrevious(made).Build()).ToList();
        var changed = new TermPages(TermKind.Tags).Generate(Site().Article("c", tags: ["Folketinget"]).WithPrevious(made).Build()).ToList();

        Assert.All(first, f => Assert.False(f.Reused));
        Assert.All(second, f => Assert.True(f.Reused, f.Path));
        Assert.All(changed, f => Assert.False(f.Reused, f.Path));
    }

    /// <summary>A previous output holding exactly the files given, under their keys.</summary>
    private sealed class KeysOf(IEnumerable<StaticNews.Output.OutputFile> files) : StaticNews.Output.IPreviousOutput
    {
        private readonly Dictionary<string, string> _keys = files.ToDictionary(f => f.Path, f => f.Key!);

        public bool CanReuse(string path, string key) => _keys.TryGetValue(path, out var held) && held == key;
    }
}
