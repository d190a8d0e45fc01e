using System.Globalization;
using AngleSharp.Html.Parser;
using StaticNews.Corpus;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// No page grows without bound as the archive grows, whatever the articles' dates: a month of
/// hundreds of articles dated one day is paginated like every list, a year page links months,
/// and a term index of more than a thousand names is split by initial letter.
/// </summary>
[Trait("Category", "Slow")]
public class BoundedPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Six_hundred_articles_of_one_day_make_no_page_over_150_KB_and_their_month_lists_each_once()
    {
        using var temp = new TempFolder();
        new CorpusGenerator(5, PlaceList.Read(PlaceList.FindDefault()), days: 1).Write(temp.Path, 600);
        var options = new StaticNews.Pipeline.BuildOptions(StaticNews.Configuration.SitePaths.Resolve(
            Path.Combine(temp.Path, "input"), Path.Combine(temp.Path, "output"), RepoPaths.Theme));
        var result = StaticNews.Pipeline.BuildPipeline.For(options, SiteBuild.Clock).Run(options);
        Assert.True(result.Succeeded, result.FatalError);
        var output = Path.Combine(temp.Path, "output");

        // Before months were paginated, this month's one page held 600 cards (over 300 KB).
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        var largest = pages.MaxBy(p => new FileInfo(p).Length)!;
        Assert.True(new FileInfo(largest).Length < 150_000, $"{Path.GetRelativePath(output, largest)} is {new FileInfo(largest).Length} bytes");

        // The month: a front page of cards and links, numbered pages of dated links, together every article once, oldest on page 1.
        var defaults = new StaticNews.Configuration.SiteConfig();
        var expectedPages = (600 - defaults.PageSize) / defaults.ArchivePageSize;
        var month = Path.Combine(output, "2014", "01");
        var front = Parser.ParseDocument(File.ReadAllText(Path.Combine(month, "index.html")));
        Assert.Equal("600 artikler", front.QuerySelector(".list-header .meta")!.TextContent.Trim());
        var numbered = Directory.GetDirectories(Path.Combine(month, "page")).Select(d => int.Parse(Path.GetFileName(d), CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, expectedPages), numbered);
        Assert.Equal($"/2014/01/page/{expectedPages}/", front.QuerySelector(".pager-older")!.GetAttribute("href"));
        var listed = front.QuerySelectorAll(".stream .card h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(defaults.PageSize, listed.Count);
        listed.AddRange(front.QuerySelectorAll(".stream .archive-list a").Select(a => a.GetAttribute("href")!));
        foreach (var number in numbered.AsEnumerable().Reverse())
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(month, "page", number.ToString(CultureInfo.InvariantCulture), "index.html")));
            var links = page.QuerySelectorAll(".stream .archive-list a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(defaults.ArchivePageSize, links.Count);
            listed.AddRange(links);
        }
        var articles = Directory.EnumerateFiles(Path.Combine(output, "2014", "01", "01"), "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/").Order(StringComparer.Ordinal);
        Assert.Equal(articles, listed.Order(StringComparer.Ordinal));

        // The year links its one month with its count, and lists no article itself.
        var year = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "2014", "index.html")));
        Assert.Equal(["/2014/01/"], year.QuerySelectorAll(".archive-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("600 artikler", year.QuerySelector(".archive-list")!.TextContent);
    }

    [Fact]
    public void A_tag_index_past_a_thousand_names_keeps_the_most_used_and_links_a_page_per_letter()
    {
        using var site = new TestSite();
        // 1,010 people named S… and two named Æ…, thirty-five to an article.
        var names = Enumerable.Range(0, TermIndexPages.MaxTermsPerPage + 10).Select(i => $"Sofie Nummer{i:D4}").Append("Ærling Holm").Append("Æse Dahl").ToList();
        var chunks = names.Chunk(35).ToList();
        for (var i = 0; i < chunks.Count; i++)
            File.WriteAllText(Path.Combine(site.Articles, $"a{i:D3}.md"),
                $"---\ntitle: Artikel {i}\ndate: 2023-01-{i % 28 + 1:D2}T12:00:00+01:00\ntags: [{string.Join(", ", chunks[i])}]\n---\n\nTekst.\n");
        Assert.True(site.Build().Succeeded);

        var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tags", "index.html")));
        Assert.Empty(index.QuerySelectorAll(".term-list"));
        Assert.Equal(TermIndexPages.MostUsedOnSplitIndex, index.QuerySelectorAll(".chips li").Length);
        var letters = index.QuerySelectorAll("nav.letters a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("S", "/tags/a-z/s/"), ("Æ", "/tags/a-z/ae/")], letters);

        // S holds more than one page may: two parts, each linking both; together every S name once, in order.
        var part1 = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tags", "a-z", "s", "index.html")));
        var part2 = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tags", "a-z", "s", "2", "index.html")));
        Assert.Equal(["/tags/a-z/s/", "/tags/a-z/s/2/"], part2.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/tags/a-z/s/2/", part2.QuerySelector("nav.pager a[aria-current=page]")!.GetAttribute("href"));
        var sNames = part1.QuerySelectorAll(".term-list a").Concat(part2.QuerySelectorAll(".term-list a")).Select(a => a.TextContent).ToList();
        Assert.Equal(TermIndexPages.MaxTermsPerPage, part1.QuerySelectorAll(".term-list li").Length);
        Assert.Equal(names.Where(n => n.StartsWith('S')), sNames);

        var ae = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tags", "a-z", "ae", "index.html")));
        Assert.Equal(["Ærling Holm", "Æse Dahl"], ae.QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        Assert.Equal("/tags/a-z/ae/", ae.QuerySelector("nav.letters a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_small_index_lists_every_name_on_one_page()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        Assert.True(site.Build().Succeeded);

        var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "locations", "index.html")));
        Assert.Empty(index.QuerySelectorAll("nav.letters"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "locations", "a-z")));
        var listed = index.QuerySelectorAll(".term-list a").Select(a => a.GetAttribute("href")!).ToHashSet();
        var pages = Directory.GetDirectories(Path.Combine(site.Output, "locations")).Select(d => $"/locations/{Path.GetFileName(d)}/");
        Assert.Equal(pages.ToHashSet(), listed);
    }

    [Theory]
    [InlineData("Sofie", "s")]
    [InlineData("Ærling", "ae")]
    [InlineData("Øster", "oe")]
    [InlineData("Århus", "aa")]
    [InlineData("Şahin", "s")]
    [InlineData("3F", "0-9")]
    [InlineData("Xi Jinping", "x")]
    [InlineData("„Ω“", "other")]
    public void A_name_is_filed_under_its_first_letter_folded_as_slugs_are(string name, string letter)
        => Assert.Equal(letter, TermIndexPages.LetterSlug(name));
}
