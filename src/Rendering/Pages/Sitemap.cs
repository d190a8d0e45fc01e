using System.Buffers;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Unicode;
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
        // The dates by path are gathered while the pages are sorted: the sitemap is the last thing a
        // render makes, after the pages that kept every core busy.
        var dates = Task.Run(() => LastModified(context.Model.Articles));
        // Sorted in place rather than by LINQ's stable Order: strings that compare equal ordinally
        // are the same, so stability changes nothing, and the unstable sort is quicker.
        var pages = htmlPaths.Where(p => p.EndsWith(PageFile, StringComparison.Ordinal)).ToList();
        pages.Sort(StringComparer.Ordinal);
        var lastModified = dates.GetAwaiter().GetResult();
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

    /// <summary>
    /// A urlset written straight as UTF-8, not through an XmlWriter: it names every page of the
    /// site, and the writer's checks per call cost more than gathering the bytes. The bytes are
    /// the ones XmlWriter gave (a test holds them to it): the same declaration and namespace, text
    /// escaped as it escapes text, a character XML cannot hold refused. The entries are written in
    /// slices on every core and joined in order.
    /// </summary>
    private static OutputFile UrlSet(RenderContext context, string path, IReadOnlyList<string> pages, Dictionary<string, DateTime>.AlternateLookup<ReadOnlySpan<char>> lastModified)
    {
        var head = new Utf8Text(256).Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?><urlset xmlns=\""u8).Escaped(Namespace).Raw("\">"u8).ToArray();
        var slices = new byte[(pages.Count + UrlsPerSlice - 1) / UrlsPerSlice][];
        try
        {
            Parallel.For(0, slices.Length, i =>
            {
                var from = i * UrlsPerSlice;
                slices[i] = Urls(context, pages, from, Math.Min(pages.Count, from + UrlsPerSlice), lastModified);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions is [InvalidOperationException refused, ..])
        {
            // A path the sitemap cannot hold is refused as one slice found it, not wrapped.
            ExceptionDispatchInfo.Throw(refused);
        }
        byte[][] parts = [head, .. slices, "</urlset>"u8.ToArray()];
        var xml = new byte[parts.Sum(part => part.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(xml, at);
            at += part.Length;
        }
        return new OutputFile(path, xml);
    }

    // Enough entries that a slice's work outweighs handing it to a core.
    private const int UrlsPerSlice = 4096;

    /// <summary>The entries of <paramref name="pages"/> from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static byte[] Urls(RenderContext context, IReadOnlyList<string> pages, int from, int to, Dictionary<string, DateTime>.AlternateLookup<ReadOnlySpan<char>> lastModified)
    {
        var xml = new Utf8Text((to - from) * BytesPerUrl);
        var root = context.Urls.AbsoluteRoot;
        Span<char> date = stackalloc char[20];
        for (var p = from; p < to; p++)
        {
            var page = pages[p];
            var sitePath = page.AsSpan(0, page.Length - PageFile.Length);
            xml.Raw("<url><loc>"u8).Escaped(root).Escaped(UrlBuilder.InSite(sitePath)).Raw("</loc>"u8);
            if (lastModified.TryGetValue(sitePath, out var utc))
            {
                // yyyy-MM-ddTHH:mm:ssZ ("s" is that pattern whatever the culture).
                utc.TryFormat(date, out var written, "s", CultureInfo.InvariantCulture);
                date[written++] = 'Z';
                xml.Raw("<lastmod>"u8).Escaped(date[..written]).Raw("</lastmod>"u8);
            }
            xml.Raw("</url>"u8);
        }
        return xml.ToArray();
    }

    // About what one page's entry takes (its address and date): the buffer is sized once, not grown.
    private const int BytesPerUrl = 128;

    /// <summary>UTF-8 bytes gathered in the framework's growing buffer; text is escaped as XML text content.</summary>
    private sealed class Utf8Text(int capacity)
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(Math.Max(capacity, 256));

        public Utf8Text Raw(ReadOnlySpan<byte> bytes)
        {
            _bytes.Write(bytes);
            return this;
        }

        /// <summary>&amp;, &lt; and &gt; as entities (quotes need none in text); a control character or a lone surrogate is refused, as XmlWriter refuses it.</summary>
        public Utf8Text Escaped(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var special = text.IndexOfAny(Special);
                var plain = special < 0 ? text : text[..special];
                if (Utf8.FromUtf16(plain, _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(plain.Length)), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    throw new InvalidOperationException($"a page path holds a character a sitemap cannot: '{text.ToString()}'");
                _bytes.Advance(written);
                if (special < 0) break;
                Raw(text[special] switch
                {
                    '&' => "&amp;"u8,
                    '<' => "&lt;"u8,
                    '>' => "&gt;"u8,
                    var c => throw new InvalidOperationException($"a page path holds a character a sitemap cannot: U+{(int)c:X4}"),
                });
                text = text[(special + 1)..];
            }
            return this;
        }

        public byte[] ToArray() => _bytes.WrittenSpan.ToArray();
    }

    // What XML text must escape, and every control character XML 1.0 cannot hold (tab, line feed and carriage return it can, but no page path has them).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

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
