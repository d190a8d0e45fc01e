using System.Xml.Linq;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>The sitemap, made alone from a few articles: it lists the HTML pages it is given, at the site's address.</summary>
public class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Lists_each_page_once_in_path_order_at_its_absolute_address_and_dates_only_article_pages()
    {
        var context = new RenderContextBuilder().Article("ny-bro", RenderContextBuilder.Day).Build();
        var article = context.Model.Articles[0];

        var file = Assert.Single(Sitemap.Write(context, ["tags/index.html", "index.html", article.Path + "index.html", "404.html", "feed.xml"]));

        Assert.Equal("sitemap.xml", file.Path);
        var urls = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content)).Root!.Elements(Ns + "url").ToList();
        // Ordinal order of the paths: "2023/…" before "index.html".
        Assert.Equal(["https://example.org/news/" + article.Path, "https://example.org/news/", "https://example.org/news/tags/"],
            urls.Select(u => u.Element(Ns + "loc")!.Value));
        // The article's moment in UTC: 10:00 at +02:00.
        Assert.Equal(["2023-09-22T08:00:00Z", null, null], urls.Select(u => u.Element(Ns + "lastmod")?.Value));
    }

    [Fact]
    public void Past_the_most_urls_a_file_may_hold_sitemap_xml_becomes_an_index_of_parts()
    {
        var context = new RenderContextBuilder().Article("a").Article("b").Article("c").Build();
        var pages = context.Model.Articles.Select(a => a.Path + "index.html").ToList();

        var files = Sitemap.Write(context, pages, maxUrlsPerFile: 2);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Content)).Root!;
        Assert.Equal("sitemapindex", index.Name.LocalName);
        Assert.Equal(["https://example.org/news/sitemap-1.xml", "https://example.org/news/sitemap-2.xml"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        var listed = files.Skip(1).SelectMany(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)).Root!.Elements(Ns + "url"))
            .Select(u => u.Element(Ns + "loc")!.Value);
        Assert.Equal(pages.Select(p => "https://example.org/news/" + p[..^"index.html".Length]).Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void An_address_is_escaped_as_one_text_whatever_its_characters_and_length()
    {
        var context = new RenderContextBuilder().Article("a").Build();
        // Characters XML escapes, letters past ASCII, and a path longer than the writer's first buffer.
        string[] paths = ["a&b<c>/", "æøå/ø/", new string('x', 700) + "/"];

        var file = Assert.Single(Sitemap.Write(context, paths.Select(p => p + "index.html")));

        var text = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains("a&amp;b&lt;c&gt;/", text, StringComparison.Ordinal);
        var urls = XDocument.Parse(text).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value);
        Assert.Equal(paths.Select(p => context.Urls.Absolute(p)).Order(StringComparer.Ordinal), urls);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9_000)] // written in several slices, joined
    public void Its_bytes_are_those_an_XmlWriter_writes_for_the_same_urls(int more)
    {
        var context = new RenderContextBuilder().Article("ny-bro", RenderContextBuilder.Day).Article("b").Build();
        string[] paths = [.. context.Model.Articles.Select(a => a.Path), "a&b<c>/", "æøå/ø/", "tags/", "", .. Enumerable.Range(0, more).Select(i => $"tags/t{i}/")];

        var file = Assert.Single(Sitemap.Write(context, paths.Select(p => p + "index.html")));

        var expected = new MemoryStream();
        using (var xml = System.Xml.XmlWriter.Create(expected, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns.NamespaceName);
            // In the order of the pages' files, as the sitemap takes them ("index.html" after "2023/…").
            foreach (var path in paths.OrderBy(p => p + "index.html", StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Ns.NamespaceName);
                xml.WriteElementString("loc", Ns.NamespaceName, context.Urls.Absolute(path));
                if (context.Model.Articles.FirstOrDefault(a => a.Path == path) is { } article)
                    xml.WriteElementString("lastmod", Ns.NamespaceName, article.Meta.Date.UtcDateTime.ToString("s", System.Globalization.CultureInfo.InvariantCulture) + "Z");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), System.Text.Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void A_path_with_a_character_XML_cannot_hold_is_refused_by_name()
    {
        var context = new RenderContextBuilder().Article("a").Build();

        var error = Assert.Throws<InvalidOperationException>(() => Sitemap.Write(context, ["bad\u0001path/index.html"]));

        Assert.Contains("U+0001", error.Message, StringComparison.Ordinal);
    }
}
