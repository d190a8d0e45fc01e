using StaticNews.Configuration;

namespace StaticNews.Rendering;

/// <summary>
/// What a site's pages are keyed and linked by before any article is looked at: its theme's
/// assets as served (fingerprinted URLs) and the fingerprint every page key starts from (the
/// generator, site.yml, layouts, assets and strings). Made with the rest of the
/// <see cref="RenderSetup"/>, off the build's own thread, rather than at the head of the render.
/// </summary>
public sealed record ThemeKeys(AssetUrls Assets, RenderFingerprint Fingerprint)
{
    public static ThemeKeys For(SiteConfig config, Theme theme, LocalizedStrings strings)
    {
        var assets = new AssetUrls(theme, new UrlBuilder(config));
        return new ThemeKeys(assets, new RenderFingerprint(config, theme, assets, strings));
    }
}
