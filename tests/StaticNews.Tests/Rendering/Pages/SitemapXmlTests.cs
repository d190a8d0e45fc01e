using System.Text;
using System.Xml;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>
/// The sitemap's XML, written as bytes: the same bytes an XmlWriter with default settings writes
/// for the same document, whatever the address holds, and a character XML cannot hold refused as it refuses it.
/// </summary>
public class SitemapXmlTests
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly DateTime Moment = new(2023, 9, 22, 8, 5, 9, DateTimeKind.Utc);

    [Theory]
    [InlineData("https://example.org/news/", "2023/09/22/ny-bro/")]
    [InlineData("https://example.org/a&b/", "x<y>z/\"q\"/'s'/")]
    [InlineData("https://bücher.example/", "æøå/ü/∑/😀/\uFFFD/\u007F/")]
    [InlineData("https://example.org/", "tab\there/")]
    [InlineData("https://example.org/\r", "\nsplit/\r\n/\r/\n/")]
    [InlineData("https://example.org/", "")]
    [InlineData("", "")]
    public void Writes_what_an_XmlWriter_writes(string head, string tail)
        => Assert.Equal(ByXmlWriter(head + tail), Written(head, tail));

    // Built here, not given as theory data: xUnit would turn a lone surrogate in its data into U+FFFD.
    [Theory]
    [InlineData(0xD800, 'a')]
    [InlineData('a', 0xDC00)]
    [InlineData('a', 0xDBFF)]
    public void Refuses_a_lone_surrogate_as_an_XmlWriter_does(int first, int second)
        => Refuses_a_character_XML_cannot_hold_as_an_XmlWriter_does(new string([(char)first, (char)second]));

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\uFFFE")]
    public void Refuses_a_character_XML_cannot_hold_as_an_XmlWriter_does(string tail)
    {
        Assert.ThrowsAny<ArgumentException>(() => ByXmlWriter("https://example.org/" + tail));
        var refused = Assert.Throws<ArgumentException>(() => Written("https://example.org/", tail));
        Assert.Contains("not a character XML allows", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_into_an_array_of_the_length_it_measured_it_is_that_array()
    {
        var bytes = Written("https://example.org/", "2023/");
        Assert.Equal(bytes, Written("https://example.org/", "2023/"));
        var tooLong = new SitemapXml(new byte[bytes.Length + 1]);
        Document(tooLong, "https://example.org/", "2023/");
        Assert.Throws<InvalidOperationException>(() => tooLong.Bytes);
    }

    private static byte[] Written(string head, string tail)
    {
        var measure = new SitemapXml(null);
        Document(measure, head, tail);
        var xml = new SitemapXml(new byte[measure.Length]);
        Document(xml, head, tail);
        return xml.Bytes;
    }

    private static void Document(SitemapXml xml, string head, string tail)
    {
        xml.Declaration();
        xml.Start("urlset"u8, "http://www.sitemaps.org/schemas/sitemap/0.9"u8);
        xml.Start("url"u8);
        xml.Element("loc"u8, head, tail);
        xml.Element("lastmod"u8, Moment);
        xml.End("url"u8);
        xml.End("urlset"u8);
    }

    private static byte[] ByXmlWriter(string address)
    {
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, address);
            xml.WriteElementString("lastmod", Ns, Moment.ToString("s", System.Globalization.CultureInfo.InvariantCulture) + "Z");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }
}
