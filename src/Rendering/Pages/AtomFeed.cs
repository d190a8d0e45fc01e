using System.Text;
using System.Xml;
using StaticNews.Output;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// Writes an Atom feed (RFC 4287) of the newest articles of a list with XmlWriter, so every
/// value is XML-escaped. "updated" is the newest article's date, never the build time, which
/// keeps two builds byte-identical. The site's feed holds the newest <see cref="Entries"/>, each
/// naming its places and tags as categories. A tag's or place's feed is one category already:
/// its entries leave them out (listed on every entry of every term's feed they were half of all
/// feed bytes, for a list no reader shows there), it holds the newest <see cref="TermEntries"/>
/// (as many as a blog's category feed: a feed is polled for what is new, and the term's pages
/// hold the rest), and each entry's summary is the lead's first <see cref="TermSummaryWords"/>
/// words, as on the term's cards. An archive has thousands of term feeds and one site feed.
/// </summary>
public static class AtomFeed
{
    public const int Entries = 20;
    public const int TermEntries = 10;
    public const int TermSummaryWords = 24;

    public static OutputFile Write(RenderContext context, string feedPath, string title, string pagePath, IReadOnlyList<Article> articles, bool termFeed)
    {
        // Everything the feed shows: the newest entries (the site key covers the rest).
        var key = context.Key("atom").Add(feedPath).Add(title).Add(pagePath).Add(termFeed).Add(articles, 0, termFeed ? TermEntries : Entries).Finish();
        return context.Reusable(feedPath, key) ? OutputFile.Keep(feedPath, key) : Render(context, feedPath, title, pagePath, articles, termFeed) with { Key = key };
    }

    /// <summary>The first <paramref name="words"/> words of a text, with an ellipsis when it had more.</summary>
    public static string FirstWords(string text, int words)
    {
        var parts = text.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? text : string.Join(' ', parts[..words]) + "…";
    }

    private static OutputFile Render(RenderContext context, string feedPath, string title, string pagePath, IReadOnlyList<Article> articles, bool termFeed)
    {
        var urls = context.Urls;
        var buffer = new MemoryStream();
        // Not indented: feeds are read by programs, and indentation was a tenth of every feed's bytes.
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, context.Strings.Language);
            xml.WriteElementString("title", ns, title);
            xml.WriteElementString("id", ns, urls.Absolute(feedPath));
            xml.WriteElementString("updated", ns, articles.Count > 0 ? ArticleDates.Iso(articles[0].Meta.Date) : "1970-01-01T00:00:00Z");
            // The feed's links say what the defaults do not: rel defaults to "alternate" and type is
            // only a hint (RFC 4287 4.2.7.2, 4.2.7.3), so the self link keeps its rel and nothing else.
            xml.WriteStartElement("link", ns);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", urls.Absolute(feedPath));
            xml.WriteEndElement();
            xml.WriteStartElement("link", ns);
            xml.WriteAttributeString("href", urls.Absolute(pagePath));
            xml.WriteEndElement();
            var entries = articles.Take(termFeed ? TermEntries : Entries).ToList();
            // An entry without an author has the feed's (RFC 4287 4.2.1). A wire archive's entries
            // are nearly always by one agency: then the feed names it once, not on every entry.
            var shared = SharedSource(entries);
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, shared ?? context.Model.Config.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", ns, "StaticNews");

            foreach (var article in entries)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, article.Meta.Title);
                xml.WriteElementString("id", ns, urls.Absolute(article.Path));
                // Each entry says each thing once: rel defaults to "alternate" (RFC 4287 4.2.7.2), an
                // article is never revised so "published" would repeat "updated" (the one Atom
                // requires, and readers date an entry by when "published" is absent), and a summary's
                // type defaults to text.
                xml.WriteStartElement("link", ns);
                xml.WriteAttributeString("href", urls.Absolute(article.Path));
                xml.WriteEndElement();
                xml.WriteElementString("updated", ns, ArticleDates.Iso(article.Meta.Date));
                if (article.Meta.Source != null && shared == null)
                {
                    xml.WriteStartElement("author", ns);
                    xml.WriteElementString("name", ns, article.Meta.Source);
                    xml.WriteEndElement();
                }
                foreach (var term in termFeed ? Enumerable.Empty<Term>() : article.Locations.Concat(article.Tags))
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", term.Name);
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", ns, termFeed ? FirstWords(article.Meta.Summary, TermSummaryWords) : article.Meta.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(feedPath, buffer.ToArray());
    }

    /// <summary>The source every entry names, or null when some name another or none.</summary>
    private static string? SharedSource(List<Article> entries)
    {
        if (entries.Count == 0 || entries[0].Meta.Source == null) return null;
        var source = entries[0].Meta.Source!;
        foreach (var article in entries)
            if (!string.Equals(article.Meta.Source, source, StringComparison.Ordinal)) return null;
        return source;
    }
}
