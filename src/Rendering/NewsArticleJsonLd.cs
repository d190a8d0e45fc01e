using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// The schema.org <c>NewsArticle</c> of an article page, serialised by System.Text.Json, never
/// pasted together in a template: a headline holding <c>&lt;/script&gt;</c>, quotes or U+2028 must
/// not end the script element or the JSON string. The encoder keeps Danish letters readable but
/// always escapes &lt; &gt; &amp; ' and + (as \u003C …), which is what makes the block safe inside HTML.
/// </summary>
public static class NewsArticleJsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        TypeInfoResolver = RenderJson.Default,
    };

    public static string For(Article article, RenderContext context)
    {
        var config = context.Model.Config;
        var publisher = new Dictionary<string, object>
        {
            ["@type"] = "Organization",
            ["name"] = string.IsNullOrWhiteSpace(article.Meta.Source) ? config.Title : article.Meta.Source!,
        };
        var document = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Meta.Title,
            ["datePublished"] = ArticleDates.Iso(article.Meta.Date),
        };
        // Said once on the page: the summary is the meta description, the site's name og:site_name,
        // the language <html lang> and the URL the canonical link and og:url. A block in a page
        // describes that page (search engines read it so), so it repeats none of them.
        // A wire text has no named writer: the agency is both author and publisher.
        document["author"] = publisher;
        document["publisher"] = publisher;
        // The article's own place (its kicker), not every place it names: a wire text names a
        // dozen in passing, the page's chips link them all, and schema.org readers want where the
        // story happened.
        if (article.Locations.Count > 0)
            document["contentLocation"] = new Dictionary<string, object> { ["@type"] = "Place", ["name"] = article.Locations[0].Name };
        if (article.Tags.Count > 0) document["keywords"] = article.Tags.Select(t => t.Name).ToList();
        return JsonSerializer.Serialize(document, Options.GetTypeInfo(typeof(object)));
    }
}
