using System.Globalization;
using System.Text;
using System.Xml;
using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) listing exactly the public HTML pages that were generated,
/// so it can never name a page that does not exist. Article pages carry their date as lastmod.
/// The protocol allows 50,000 URLs per file: a larger archive gets sitemap-1.xml, sitemap-2.xml, …
/// and sitemap.xml becomes the index pointing to them, so robots.txt never changes.
/// </summary>
public static class Sitemap
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<OutputFile> Write(RenderContext context, IEnumerable<string> htmlPaths, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        // Sorted in place rather than by LINQ's stable Order: strings that compare equal ordinally
        // are the same, so stability changes nothing, and the unstable sort is quicker.
        var pages = htmlPaths.Where(p => p.EndsWith(PageFile, StringComparison.Ordinal)).ToList();
        pages.Sort(StringComparer.Ordinal);
        var lastModified = LastModified(context.Model.Articles);
        if (pages.Count <= maxUrlsPerFile)
            return [UrlSet(context, "sitemap.xml", pages, lastModified)];

        var parts = pages.Chunk(maxUrlsPerFile)
            .Select((chunk, i) => UrlSet(context, $"sitemap-{i + 1}.xml", chunk, lastModified)).ToList();
        return [Index(context, parts.Select(p => p.Path)), .. parts];
    }

    private const string PageFile = "index.html";

    /// <summary>
    /// Each article's lastmod by its site path: a page's path less "index.html", a span of the
    /// page's own string, finds it without making a key string per page.
    /// </summary>
    private static Dictionary<string, DateTime>.AlternateLookup<ReadOnlySpan<char>> LastModified(IReadOnlyList<Site.Article> articles)
    {
        var dates = new Dictionary<string, DateTime>(articles.Count, StringComparer.Ordinal);
        foreach (var article in articles) dates.Add(article.Path, article.Meta.Date.UtcDateTime);
        return dates.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static OutputFile UrlSet(RenderContext context, string path, IEnumerable<string> pages, Dictionary<string, DateTime>.AlternateLookup<ReadOnlySpan<char>> lastModified)
        => new(path, Xml(pages.TryGetNonEnumeratedCount(out var count) ? count * BytesPerUrl : 0, xml =>
        {
            // Each address is the site's root, then the page's path: written as two pieces of one
            // text, with no string made per page (a sitemap lists every page of the site).
            var root = context.Urls.AbsoluteRoot;
            var text = new TextPieces();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                var sitePath = page.AsSpan(0, page.Length - PageFile.Length);
                xml.WriteStartElement("url", Namespace);
                xml.WriteStartElement("loc", Namespace);
                xml.WriteString(root);
                text.Write(xml, UrlBuilder.InSite(sitePath));
                xml.WriteEndElement();
                if (lastModified.TryGetValue(sitePath, out var date))
                {
                    xml.WriteStartElement("lastmod", Namespace);
                    text.Write(xml, date);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));

    // About what one page's entry takes (its address and date): the buffer is sized once, not grown.
    private const int BytesPerUrl = 128;

    /// <summary>Spans of text handed to an XmlWriter (which escapes them) through one reused array.</summary>
    private sealed class TextPieces
    {
        private char[] _chars = new char[256];

        public void Write(XmlWriter xml, ReadOnlySpan<char> text)
        {
            if (text.Length > _chars.Length) _chars = new char[text.Length];
            text.CopyTo(_chars);
            xml.WriteChars(_chars, 0, text.Length);
        }

        /// <summary>A UTC moment as yyyy-MM-ddTHH:mm:ssZ ("s" is that pattern whatever the culture).</summary>
        public void Write(XmlWriter xml, DateTime utc)
        {
            utc.TryFormat(_chars, out var written, "s", CultureInfo.InvariantCulture);
            _chars[written++] = 'Z';
            xml.WriteChars(_chars, 0, written);
        }
    }

    private static OutputFile Index(RenderContext context, IEnumerable<string> parts)
        => new("sitemap.xml", Xml(0, xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, context.Urls.Absolute(part));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));

    private static byte[] Xml(int capacity, Action<XmlWriter> write)
    {
        var buffer = new MemoryStream(capacity);
        // Not indented: read by crawlers only, and it lists every page of the site.
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            write(xml);
        }
        return buffer.ToArray();
    }
}
