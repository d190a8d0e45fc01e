using StaticNews.Caching;

namespace StaticNews.Configuration;

/// <summary>Reads <c>site.yml</c>; a missing file means all defaults, a broken one is an error naming the line.</summary>
public static class SiteConfigLoader
{
    /// <param name="cache">Where the parsed settings are kept between builds (<see cref="SiteConfigCache"/>), or null.</param>
    public static SiteConfig Load(string path, BuildCache? cache = null)
    {
        if (!File.Exists(path)) return new SiteConfig();
        if (RegularFile.WhyNot(path) is { } what) throw new SiteConfigException($"{SitePaths.Display(path)}: is {what}, not a file; expected the site's settings (key: value lines)");
        var text = File.ReadAllText(path);
        var key = cache == null ? null : SiteConfigCache.KeyOf(text);
        // Cached settings are checked again: the time zone names the system knows can change between builds.
        if (key != null && SiteConfigCache.Read(cache!, key) is { } cached)
        {
            Validate(cached, path);
            return cached;
        }
        var config = SiteConfigReader.Read(path, text);
        Validate(config, path);
        if (key != null) SiteConfigCache.Save(cache!, key, config);
        return config;
    }

    // Settings from the cache are checked again: the time zones the system knows can change between builds.
    private static void Validate(SiteConfig config, string path)
    {
        foreach (var key in SiteConfigReader.Keys)
        {
            if (SiteConfigReader.WhyWrong(key, config) is { } expected)
                throw new SiteConfigException($"{SitePaths.Display(path)}: {key}: expected {expected}");
        }
    }
}
