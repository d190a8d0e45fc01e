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
        var lastModified = context.Model.Articles.ToDictionary(a => a.Path + "index.html", a => a.Meta.Date.UtcDateTime);
        var pages = htmlPaths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (pages.Count <= maxUrlsPerFile)
            return [UrlSet(context, "sitemap.xml", pages, lastModified)];

        var parts = pages.Chunk(maxUrlsPerFile)
            .Select((chunk, i) => UrlSet(context, $"sitemap-{i + 1}.xml", chunk, lastModified)).ToList();
        return [Index(context, parts.Select(p => p.Path)), .. parts];
    }

    private static OutputFile UrlSet(RenderContext context, string path, IEnumerable<string> pages, Dictionary<string, DateTime> lastModified)
        => new(path, Xml(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, context.Urls.Absolute(page[..^"index.html".Length]));
                if (lastModified.TryGetValue(page, out var date))
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }));

    private static OutputFile Index(RenderContext context, IEnumerable<string> parts)
        => new("sitemap.xml", Xml(xml =>
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

    private static byte[] Xml(Action<XmlWriter> write)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            write(xml);
        }
        return buffer.ToArray();
    }
}
