using StaticNews.Configuration;

namespace StaticNews.Rendering;

/// <summary>
/// Every internal URL goes through here, so each carries the base path ("/archive/…" on a
/// GitHub Pages project site, "/…" at a domain root) and nothing is built by string pasting elsewhere.
/// </summary>
public sealed class UrlBuilder(SiteConfig config)
{
    public string BasePath { get; } = config.BasePath;

    /// <summary>
    /// What every absolute URL begins with, the site's origin and base path: a writer that puts an
    /// address out in pieces (the sitemap) writes this, then the site path <see cref="InSite"/>.
    /// </summary>
    public string AbsoluteRoot { get; } = config.Origin + config.BasePath;

    /// <summary>A site path as it follows the base path in a URL.</summary>
    public static ReadOnlySpan<char> InSite(ReadOnlySpan<char> sitePath) => sitePath.TrimStart('/');

    /// <summary>Root-relative URL of a site path ("2023/09/22/slug/" → "/archive/2023/09/22/slug/").</summary>
    public string Path(string sitePath) => string.Concat(BasePath, InSite(sitePath));

    /// <summary>Absolute URL, for feeds, sitemaps and canonical links.</summary>
    public string Absolute(string sitePath) => string.Concat(AbsoluteRoot, InSite(sitePath));
}
