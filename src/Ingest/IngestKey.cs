using System.Text;
using StaticNews.Caching;
using StaticNews.Configuration;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// What ingest's output depends on besides the seed itself: the generator build (parser,
/// enrichers, tagger weights are compiled in), the settings it reads and the site's places.
/// While it is the one the cache recorded, an untouched article whose seed hash is unchanged
/// is known to be up to date without parsing and tagging the seed again. With no key recorded
/// (a fresh clone, a CI cache that expired) nothing says another generator made the committed
/// Markdown, so it is trusted the same way: only a key that differs (the generator, settings or
/// places changed since) makes ingest parse and tag every seed again.
/// </summary>
public sealed class IngestKey(string value)
{
    private static readonly CacheFormat Format = new("ingest key", 2);

    public string Value { get; } = value;

    public static IngestKey For(SiteConfig config, TimeZoneInfo zone, string placesFile)
    {
        var places = File.Exists(placesFile) ? ContentHash.Of(File.ReadAllBytes(placesFile)) : "-";
        return new IngestKey(ContentHash.Of(string.Join("\n",
            GeneratorBuild.Id, zone.Id, config.Language,
            string.Join("\u0001", config.Boilerplate), places)));
    }

    public bool Matches(BuildCache cache)
        => BuildCache.TryRead(cache.IngestKeyFile, Format) is { } recorded && Encoding.UTF8.GetString(recorded).Trim() == Value;

    /// <summary>
    /// Whether untouched articles of unchanged seeds may be kept as they are: this key is the one
    /// recorded, or none is recorded. (An article that is not as generated, or whose seed's bytes
    /// no longer match the hash it records, is made again either way.)
    /// </summary>
    public bool TrustsArticles(BuildCache cache) => !File.Exists(cache.IngestKeyFile) || Matches(cache);

    public void Save(BuildCache cache) => BuildCache.Write(cache.IngestKeyFile, Format, stream => stream.Write(Encoding.UTF8.GetBytes(Value + "\n")));
}
