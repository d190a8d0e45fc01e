using System.Xml.Linq;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>An Atom feed, made alone from a few articles: the newest entries, every value escaped, dated by its articles.</summary>
public class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XElement Read(StaticNews.Output.OutputFile file) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content)).Root!;

    [Fact]
    public void Holds_the_newest_articles_newest_first_and_is_updated_when_the_newest_is()
    {
        var builder = new RenderContextBuilder();
        for (var i = 0; i < AtomFeed.Entries + 3; i++) builder.Article($"artikel-{i}", RenderContextBuilder.Day.AddDays(i));
        var context = builder.Build();

        var feed = Read(AtomFeed.Write(context, "feed.xml", "Testavisen", "", context.Model.Articles, termFeed: false));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(AtomFeed.Entries, entries.Count);
        Assert.Equal(Enumerable.Range(3, AtomFeed.Entries).Reverse().Select(i => $"artikel-{i}"), entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal(entries[0].Element(Atom + "updated")!.Value, feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://example.org/news/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/news/" + context.Model.Articles[0].Path, entries[0].Element(Atom + "id")!.Value);
        // Each entry links its page; a link without rel is the "alternate" (RFC 4287 4.2.7.2).
        Assert.All(entries, e => Assert.Equal(e.Element(Atom + "id")!.Value, e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.All(entries, e => Assert.Equal("alternate", e.Element(Atom + "link")!.Attribute("rel")?.Value ?? "alternate"));
    }

    [Fact]
    public void The_feed_links_itself_and_its_page_with_no_attribute_a_default_gives()
    {
        var context = new RenderContextBuilder().Article("bro", locations: ["Aalborg"]).Build();

        var feed = Read(AtomFeed.Write(context, "locations/aalborg/feed.xml", "Aalborg", "locations/aalborg/", context.Model.Articles, termFeed: true));

        var links = feed.Elements(Atom + "link").ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(("self", "https://example.org/news/locations/aalborg/feed.xml"), (links[0].Attribute("rel")?.Value, links[0].Attribute("href")!.Value));
        // rel defaults to "alternate" (RFC 4287 4.2.7.2): the link to the page the feed is of.
        Assert.Equal((null, "https://example.org/news/locations/aalborg/"), (links[1].Attribute("rel")?.Value, links[1].Attribute("href")!.Value));
        Assert.All(links, l => Assert.Null(l.Attribute("type")));
    }

    [Fact]
    public void Entries_all_by_one_source_name_it_once_as_the_feeds_author_and_mixed_ones_each_name_their_own()
    {
        var one = new RenderContextBuilder().Article("a").Article("b").Article("c").Build();
        var feed = Read(AtomFeed.Write(one, "feed.xml", "Testavisen", "", one.Model.Articles, termFeed: false));
        Assert.Equal(["ritzau"], feed.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.Null(e.Element(Atom + "author")));

        var mixed = new RenderContextBuilder().Article("a").Article("b", source: "AP").Article("c", source: null).Build();
        feed = Read(AtomFeed.Write(mixed, "feed.xml", "Testavisen", "", mixed.Model.Articles, termFeed: false));
        Assert.Equal([mixed.Model.Config.Title], feed.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        // Newest first: c (no source: the feed's author applies, RFC 4287 4.2.1), b, a.
        Assert.Equal([null, "AP", "ritzau"], feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "author")?.Element(Atom + "name")!.Value));
    }

    [Fact]
    public void Markup_in_titles_and_summaries_stays_text()
    {
        const string title = "<script>alert(1)</script> & \"Co\"";
        var context = new RenderContextBuilder().Article("farlig", title: title, summary: "</summary><entry>").Build();

        var entry = Assert.Single(Read(AtomFeed.Write(context, "feed.xml", "A & B", "", context.Model.Articles, termFeed: true)).Elements(Atom + "entry"));

        Assert.Equal(title, entry.Element(Atom + "title")!.Value);
        Assert.Equal("</summary><entry>", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void The_sites_feed_names_each_entrys_places_and_tags_and_a_terms_feed_leaves_them_out()
    {
        var context = new RenderContextBuilder().Article("bro", locations: ["Aalborg"], tags: ["Vejdirektoratet"]).Build();

        var site = Read(AtomFeed.Write(context, "feed.xml", "Testavisen", "", context.Model.Articles, termFeed: false));
        var term = Read(AtomFeed.Write(context, "locations/aalborg/feed.xml", "Aalborg", "locations/aalborg/", context.Model.Articles, termFeed: true));

        Assert.Equal(["Aalborg", "Vejdirektoratet"], site.Descendants(Atom + "category").Select(c => c.Attribute("term")!.Value));
        Assert.Empty(term.Descendants(Atom + "category"));
    }

    [Fact]
    public void A_terms_feed_holds_its_newest_ten_with_the_leads_first_24_words_and_the_sites_feed_whole_leads()
    {
        var lead = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"ord{i}"));
        var builder = new RenderContextBuilder();
        for (var i = 0; i < AtomFeed.Entries + 3; i++) builder.Article($"artikel-{i}", RenderContextBuilder.Day.AddDays(i), summary: lead);
        var context = builder.Build();

        var site = Read(AtomFeed.Write(context, "feed.xml", "Testavisen", "", context.Model.Articles, termFeed: false)).Elements(Atom + "entry").ToList();
        var term = Read(AtomFeed.Write(context, "locations/aalborg/feed.xml", "Aalborg", "locations/aalborg/", context.Model.Articles, termFeed: true))
            .Elements(Atom + "entry").ToList();

        Assert.Equal(AtomFeed.Entries, site.Count);
        Assert.Equal(AtomFeed.TermEntries, term.Count);
        Assert.Equal(site.Take(AtomFeed.TermEntries).Select(e => e.Element(Atom + "id")!.Value), term.Select(e => e.Element(Atom + "id")!.Value));
        Assert.All(site, e => Assert.Equal(lead, e.Element(Atom + "summary")!.Value));
        Assert.All(term, e => Assert.Equal(string.Join(' ', lead.Split(' ')[..AtomFeed.TermSummaryWords]) + "…", e.Element(Atom + "summary")!.Value));
    }

    [Theory]
    [InlineData("Kort resumé.", 24, "Kort resumé.")]
    [InlineData("en  to\ntre fire", 4, "en  to\ntre fire")]
    [InlineData("en to tre fire fem", 3, "en to tre…")]
    public void A_summary_is_cut_after_its_first_words_only_when_it_has_more(string summary, int words, string expected)
        => Assert.Equal(expected, AtomFeed.FirstWords(summary, words));

    [Fact]
    public void A_feed_of_no_articles_is_dated_by_no_clock()
    {
        var context = new RenderContextBuilder().Build();

        var feed = Read(AtomFeed.Write(context, "feed.xml", "Testavisen", "", [], termFeed: false));

        Assert.Equal("1970-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Empty(feed.Elements(Atom + "entry"));
    }
}
