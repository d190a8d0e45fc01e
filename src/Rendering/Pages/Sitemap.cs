using System.Text;
using System.Xml;
using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) listing exactly the public HTML pages that were generated,
/// so it can never name a page that does not exist. Article pages carry their date as lastmod.
/// </summary>
public static class Sitemap
{
    public static OutputFile Write(RenderContext context, IEnumerable<string> htmlPaths)
    {
        var lastModified = context.Model.Articles.ToDictionary(a => a.Path + "index.html", a => a.Meta.Date.UtcDateTime);
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var path in htmlPaths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, context.Urls.Absolute(path[..^"index.html".Length]));
                if (lastModified.TryGetValue(path, out var date))
                    xml.WriteElementString("lastmod", ns, date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile("sitemap.xml", buffer.ToArray());
    }
}
