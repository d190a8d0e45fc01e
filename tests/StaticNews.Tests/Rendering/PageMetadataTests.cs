using System.Text.Json;
using AngleSharp.Html.Parser;

namespace StaticNews.Tests.Rendering;

/// <summary>The head of each page: canonical, OpenGraph, Twitter card, feed links and a JSON-LD NewsArticle that no title can break out of.</summary>
[Trait("Category", "Slow")]
public class PageMetadataTests
{
    private const string HostileTitle = "Kup </script><script>alert(1)</script> & \"citat\" 'x' \u2028 <!-- slut";

    private static string WriteArticle(TestSite site, string title, string source = "Ritzau")
    {
        File.WriteAllText(Path.Combine(site.Articles, "kup.md"),
            "---\ntitle: " + JsonSerializer.Serialize(title) + "\ndate: 2023-09-22T10:00:00+02:00\nsummary: Et resumé.\nsource: " + source +
            "\nlocations: [Armenien, Jerevan]\ntags: [Nikol Pashinyan]\n---\n\nBrødtekst.\n");
        return Path.Combine(site.Output, "2023", "09", "22", "kup", "index.html");
    }

    [Fact]
    public void A_hostile_title_stays_inside_the_json_ld_string_and_round_trips()
    {
        using var site = new TestSite();
        var page = WriteArticle(site, HostileTitle);
        Assert.True(site.Build().Succeeded);
        var html = File.ReadAllText(page);

        // Exactly one script element, the JSON-LD one: the title opened none and closed none.
        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script");
        Assert.Single(scripts);
        Assert.Equal("application/ld+json", scripts[0].GetAttribute("type"));
        var json = scripts[0].TextContent;
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.DoesNotContain("\u2028", json);

        using var ld = JsonDocument.Parse(json);
        var root = ld.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(HostileTitle, root.GetProperty("headline").GetString());
        Assert.Equal("2023-09-22T10:00:00+02:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("Ritzau", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Ritzau", root.GetProperty("publisher").GetProperty("name").GetString());
        // Where the story happened: the first place, the one the page's kicker names.
        Assert.Equal("Armenien", root.GetProperty("contentLocation").GetProperty("name").GetString());
        // What the page says already is left to it: the URL to the canonical link and og:url, the
        // language to <html lang>, the summary to the meta description.
        Assert.DoesNotContain("https://example.org/2023/09/22/kup/", json);
        foreach (var repeated in new[] { "url", "mainEntityOfPage", "inLanguage", "description", "isPartOf" })
            Assert.False(root.TryGetProperty(repeated, out _), repeated);
    }

    [Fact]
    public void Every_page_has_lang_canonical_open_graph_twitter_feed_and_favicon()
    {
        using var site = new TestSite();
        var page = WriteArticle(site, "Et stille valg");
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        string? Meta(string selector, string attribute = "content") => document.QuerySelector(selector)?.GetAttribute(attribute);

        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://example.org/2023/09/22/kup/", Meta("link[rel=canonical]", "href"));
        Assert.Equal("Et resumé.", Meta("meta[name=description]"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("Et stille valg", Meta("meta[property='og:title']"));
        // Link previews take the description from the meta description: no og:description repeating it.
        Assert.Null(Meta("meta[property='og:description']"));
        Assert.Equal("https://example.org/2023/09/22/kup/", Meta("meta[property='og:url']"));
        Assert.Equal("da_DK", Meta("meta[property='og:locale']"));
        Assert.Equal("2023-09-22T10:00:00+02:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.Equal("/feed.xml", Meta("link[rel=alternate][type='application/atom+xml']", "href"));
        Assert.StartsWith("/assets/favicon.svg", Meta("link[rel=icon]", "href"));

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal("website", home.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Empty(home.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void A_location_page_shows_the_places_named_with_it_and_its_years()
    {
        using var site = new TestSite();
        WriteArticle(site, "Et stille valg");
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "locations", "armenien", "index.html")));
        var related = document.QuerySelectorAll(".sidebar .chips a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/locations/jerevan/", "Jerevan 1")], related);
        var year = document.QuerySelector(".sidebar .plain a")!;
        Assert.Equal(("/2023/", "2023"), (year.GetAttribute("href"), year.TextContent));
    }
}
