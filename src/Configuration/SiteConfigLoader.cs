using StaticNews.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticNews.Configuration;

/// <summary>Reads <c>site.yml</c>; a missing file means all defaults, a broken one is an error naming the line.</summary>
public static class SiteConfigLoader
{
    private static readonly IDeserializer Deserializer = ReflectionYaml.Deserializer()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .Build();

    /// <param name="cacheFolder">Where the parsed settings are kept between builds (<see cref="SiteConfigCache"/>), or null.</param>
    public static SiteConfig Load(string path, string? cacheFolder = null)
    {
        if (!File.Exists(path)) return new SiteConfig();
        try
        {
            var text = File.ReadAllText(path);
            var key = cacheFolder == null ? null : SiteConfigCache.KeyOf(text);
            // Cached settings are checked again: the time zone names the system knows can change between builds.
            if (key != null && SiteConfigCache.Read(cacheFolder!, key) is { } cached)
            {
                Validate(cached, path);
                return cached;
            }
            var config = Deserializer.Deserialize<SiteConfig>(text) ?? new SiteConfig();
            Validate(config, path);
            if (key != null) SiteConfigCache.Save(cacheFolder!, key, config);
            return config;
        }
        catch (YamlException e)
        {
            throw new SiteConfigException($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    private static void Validate(SiteConfig config, string path)
    {
        if (config.PageSize < 1)
            throw new SiteConfigException($"{path}: page_size must be at least 1, not {config.PageSize}");
        if (config.MaxSiteBytes < 1)
            throw new SiteConfigException($"{path}: max_site_bytes must be a number of bytes of at least 1 (GitHub Pages allows 1000000000), not {config.MaxSiteBytes}");
        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new SiteConfigException($"{path}: base_url must be an absolute http(s) URL such as https://example.github.io/archive/, not '{config.BaseUrl}'");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new SiteConfigException($"{path}: unknown time_zone '{config.TimeZone}' (use an IANA name such as Europe/Copenhagen)");
        }
    }
}
