namespace StaticNews.Configuration;

/// <summary>
/// The settings of one site, read from <c>input/site.yml</c>. Every field has a default so a
/// site.yml only needs to say what differs.
/// </summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "StaticNews";
    public string Description { get; init; } = "";

    /// <summary>Absolute URL of the site root, e.g. https://example.github.io/archive/.</summary>
    public string BaseUrl { get; init; } = "http://localhost/";

    public string Language { get; init; } = "da";
    public string TimeZone { get; init; } = "Europe/Copenhagen";
    /// <summary>Cards on a list's front page (home, tag, place, month).</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>
    /// Dated links on a list's numbered page (/page/N/). They are its archive, many to a page, so
    /// a page's head and chrome are paid for once per this many links rather than once per card.
    /// </summary>
    public int ArchivePageSize { get; init; } = 100;

    /// <summary>The most links a numbered page may hold: at that many it is still a page of about 200 KB.</summary>
    public const int MaxArchivePageSize = 1000;
    public int RelatedCount { get; init; } = 5;

    /// <summary>URLs per sitemap file before sitemap.xml becomes an index (the protocol's limit is 50,000).</summary>
    public int SitemapMaxUrls { get; init; } = 50_000;

    /// <summary>
    /// The most bytes output/ may hold: the build warns at 80 % and fails at 100 %, before a
    /// deploy would. GitHub Pages publishes at most 1 GB. Not part of any page's key: it changes
    /// what the build allows, not what it makes.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long MaxSiteBytes { get; init; } = DefaultMaxSiteBytes;

    public const long DefaultMaxSiteBytes = 1_000_000_000;

    /// <summary>Lines removed from seeds wherever they stand alone (ads, link stubs).</summary>
    public List<string> Boilerplate { get; init; } = [.. DefaultBoilerplate];

    /// <summary>Free text (Markdown) shown in every page footer: licences, credits.</summary>
    public string Footer { get; init; } = "";

    public static readonly IReadOnlyList<string> DefaultBoilerplate =
    [
        "Artiklen fortsætter under annoncen",
        "Artiklen fortsætter efter annoncen",
        "Annonce",
    ];

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/'.</summary>
    public string BasePath
    {
        get
        {
            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : BaseUrl;
            path = "/" + path.Trim('/');
            return path == "/" ? "/" : path + "/";
        }
    }

    /// <summary>The scheme and host of <see cref="BaseUrl"/> ("https://example.github.io"), or "" when relative.</summary>
    public string Origin
        => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
}
