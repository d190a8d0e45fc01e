using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) listing exactly the public HTML pages that were generated,
/// so it can never name a page that does not exist. Article pages carry their date as lastmod.
/// The protocol allows 50,000 URLs per file: a larger archive gets sitemap-1.xml, sitemap-2.xml, …
/// and sitemap.xml becomes the index pointing to them, so robots.txt never changes.
/// </summary>
/// <remarks>
/// Written as bytes by <see cref="SitemapXml"/> rather than through an XmlWriter: it lists every
/// page of the site, and the writer's strings per URL (each address, each date) and its growing
/// buffer came to several times the file's own size.
/// </remarks>
public static class Sitemap
{
    public const int MaxUrlsPerFile = 50_000;
    private static ReadOnlySpan<byte> Namespace => "http://www.sitemaps.org/schemas/sitemap/0.9"u8;

    public static IReadOnlyList<OutputFile> Write(RenderContext context, IEnumerable<string> htmlPaths, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        // Sorted in place rather than by LINQ's stable Order: strings that compare equal ordinally
        // are the same, so stability changes nothing, and the unstable sort is quicker.
        var pages = new List<string>(htmlPaths is ICollection<string> all ? all.Count : 0);
        foreach (var path in htmlPaths)
            if (path.EndsWith(PageFile, StringComparison.Ordinal)) pages.Add(path);
        pages.Sort(StringComparer.Ordinal);
        var lastModified = LastModified(context.Model.Articles);
        var origin = context.Urls.Absolute("");
        if (pages.Count <= maxUrlsPerFile)
            return [new OutputFile("sitemap.xml", UrlSet(origin, pages, 0, pages.Count, lastModified))];

        var parts = new List<OutputFile>();
        for (var start = 0; start < pages.Count; start += maxUrlsPerFile)
            parts.Add(new OutputFile($"sitemap-{parts.Count + 1}.xml", UrlSet(origin, pages, start, Math.Min(maxUrlsPerFile, pages.Count - start), lastModified)));
        return [new OutputFile("sitemap.xml", Index(origin, parts)), .. parts];
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

    private static byte[] UrlSet(string origin, List<string> pages, int start, int count, Dictionary<string, DateTime>.AlternateLookup<ReadOnlySpan<char>> lastModified)
    {
        // Measured first, then written: the file is made in one array of its exact size. Each
        // page's date is looked up once, on the first pass (its UTC ticks; -1 for a page that is no article's).
        var dates = new long[count];
        var xml = new SitemapXml(null);
        for (var pass = 0; pass < 2; pass++)
        {
            xml.Declaration();
            xml.Start("urlset"u8, Namespace);
            for (var i = 0; i < count; i++)
            {
                var page = pages[start + i];
                var sitePath = page.AsSpan(0, page.Length - PageFile.Length);
                if (pass == 0) dates[i] = lastModified.TryGetValue(sitePath, out var found) ? found.Ticks : -1;
                xml.Start("url"u8);
                xml.Element("loc"u8, origin, sitePath);
                if (dates[i] >= 0) xml.Element("lastmod"u8, new DateTime(dates[i], DateTimeKind.Utc));
                xml.End("url"u8);
            }
            xml.End("urlset"u8);
            if (pass == 0) xml = new SitemapXml(new byte[xml.Length]);
        }
        return xml.Bytes;
    }

    private static byte[] Index(string origin, List<OutputFile> parts)
    {
        var xml = new SitemapXml(null);
        for (var pass = 0; pass < 2; pass++)
        {
            xml.Declaration();
            xml.Start("sitemapindex"u8, Namespace);
            foreach (var part in parts)
            {
                xml.Start("sitemap"u8);
                xml.Element("loc"u8, origin, part.Path);
                xml.End("sitemap"u8);
            }
            xml.End("sitemapindex"u8);
            if (pass == 0) xml = new SitemapXml(new byte[xml.Length]);
        }
        return xml.Bytes;
    }
}
