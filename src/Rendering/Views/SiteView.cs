namespace StaticNews.Rendering.Views;

/// <summary><c>site</c> in every layout: the site's name and its fixed URLs, base path included.</summary>
public sealed record SiteView(
    string Title, string Description, string Language, string BaseUrl, string HomeUrl, string TagsUrl,
    string LocationsUrl, string FeedUrl, string StylesheetUrl, string FaviconUrl, string FooterHtml);
