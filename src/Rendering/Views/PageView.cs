namespace StaticNews.Rendering.Views;

/// <summary><c>page</c> in every layout: what the head of this one page needs.</summary>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string? FeedUrl, string? FeedTitle, string Kind)
{
    /// <summary>"article" or "website", for OpenGraph.</summary>
    public string OgType => Kind == "article" ? "article" : "website";

    /// <summary>ISO 8601 publication time on article pages (article:published_time).</summary>
    public string? Published { get; init; }

    /// <summary>Serialised JSON-LD, safe to place raw inside a script element (see <see cref="NewsArticleJsonLd"/>).</summary>
    public string? JsonLd { get; init; }
}
