using StaticNews.Configuration;

namespace StaticNews.Rendering;

/// <summary>
/// Every internal URL goes through here, so each carries the base path ("/archive/…" on a
/// GitHub Pages project site, "/…" at a domain root) and nothing is built by string pasting elsewhere.
/// </summary>
public sealed class UrlBuilder(SiteConfig config)
{
    public string BasePath { get; } = config.BasePath;
    private readonly string _origin = config.Origin;

    /// <summary>Root-relative URL of a site path ("2023/09/22/slug/" → "/archive/2023/09/22/slug/").</summary>
    public string Path(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>Absolute URL, for feeds, sitemaps and canonical links.</summary>
    public string Absolute(string sitePath) => Absolute(sitePath.AsSpan());

    /// <summary>Absolute URL of a site path given as part of a longer string (the sitemap's "…/index.html"), made in one string.</summary>
    public string Absolute(ReadOnlySpan<char> sitePath) => string.Concat(_origin, BasePath, sitePath.TrimStart('/'));
}
