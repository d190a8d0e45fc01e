using System.Globalization;

namespace StaticNews.Rendering;

/// <summary>Machine-readable dates (HTML datetime, Atom, sitemap): ISO 8601 with the article's own offset.</summary>
public static class ArticleDates
{
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
