namespace StaticNews.Configuration;

/// <summary>
/// site.yml's text → <see cref="SiteConfig"/>, key by key: an unknown key is named with the key
/// it was most likely meant to be, a value of the wrong kind with what was expected, each at
/// its line. (YamlDotNet's deserialiser named the record's .NET type and the runtime's assembly.)
/// </summary>
public static class SiteConfigReader
{
    /// <summary>The keys site.yml knows, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["title", "description", "base_url", "language", "time_zone", "page_size", "archive_page_size", "related_count", "sitemap_max_urls", "max_site_bytes", "boilerplate", "footer"];

    public static SiteConfig Read(string file, string text)
    {
        var yaml = new YamlSettings(file);
        var config = new SiteConfig();
        if (yaml.Root(text) is not { } root) return config;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = yaml.Key(keyNode);
            if (!Keys.Contains(key))
            {
                var hint = ClosestName.To(key, Keys) is { } meant
                    ? $"did you mean {YamlSettings.Quote(meant)}?"
                    : "the settings are " + string.Join(", ", Keys);
                throw yaml.Problem(keyNode.Start, $"unknown setting {YamlSettings.Quote(key)}: {hint}");
            }
            if (YamlSettings.IsEmpty(value)) continue;
            config = key switch
            {
                "title" => config with { Title = yaml.Text(key, value) },
                "description" => config with { Description = yaml.Text(key, value) },
                "base_url" => config with { BaseUrl = yaml.Text(key, value) },
                "language" => config with { Language = yaml.Text(key, value) },
                "time_zone" => config with { TimeZone = yaml.Text(key, value) },
                "page_size" => config with { PageSize = yaml.WholeNumber(key, value) },
                "archive_page_size" => config with { ArchivePageSize = yaml.WholeNumber(key, value) },
                "related_count" => config with { RelatedCount = yaml.WholeNumber(key, value) },
                "sitemap_max_urls" => config with { SitemapMaxUrls = yaml.WholeNumber(key, value) },
                "max_site_bytes" => config with { MaxSiteBytes = yaml.LargeWholeNumber(key, value) },
                "boilerplate" => config with { Boilerplate = yaml.Lines(key, value, "one line per item: - Annonce") },
                _ => config with { Footer = yaml.Text(key, value) },
            };
            if (WhyWrong(key, config) is { } expected)
                throw yaml.Problem(value.Start, $"{key}: expected {expected}, got {YamlSettings.Describe(value)}");
        }
        return config;
    }

    /// <summary>What a setting's value should have been, when the one given cannot be used; null when it can.</summary>
    public static string? WhyWrong(string key, SiteConfig config) => key switch
    {
        "page_size" when config.PageSize < 1 => "a whole number of at least 1",
        "archive_page_size" when config.ArchivePageSize is < 1 or > SiteConfig.MaxArchivePageSize
            => $"a whole number from 1 to {SiteConfig.MaxArchivePageSize} (dated links on a numbered page)",
        "related_count" when config.RelatedCount < 0 => "a whole number, 0 or more",
        "sitemap_max_urls" when config.SitemapMaxUrls is < 1 or > 50_000 => "a whole number from 1 to 50000 (the sitemap protocol's limit)",
        "max_site_bytes" when config.MaxSiteBytes < 1 => "a number of bytes of at least 1 (GitHub Pages allows 1000000000)",
        "base_url" when !Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            => "an absolute http(s) URL such as https://example.github.io/archive/",
        "time_zone" when !TimeZoneInfo.TryFindSystemTimeZoneById(config.TimeZone, out _) => "a time zone's IANA name such as Europe/Copenhagen",
        _ => null,
    };
}
