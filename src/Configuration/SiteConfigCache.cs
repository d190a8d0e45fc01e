using System.Text;
using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Configuration;

/// <summary>
/// The settings last read from site.yml, kept in the cache folder under the hash of the file's
/// text and the generator build: while neither changed, a build takes them from here instead of
/// parsing and checking the YAML again, the first work of every build. Any other text, another
/// build of the generator, or a damaged file means site.yml is parsed again.
/// </summary>
public static class SiteConfigCache
{
    private static readonly CacheFormat Format = new("site config", 4);

    /// <summary>What the cached settings are valid for: this text of site.yml, read by this build of the generator.</summary>
    public static string KeyOf(string siteYaml)
        => ContentHash.Of(GeneratorBuild.Id + "\n" + siteYaml);

    public static SiteConfig? Read(BuildCache cache, string key)
    {
        if (BuildCache.TryRead(cache.SiteConfigFile, Format) is not { } bytes) return null;
        try
        {
            using var reader = new BinaryReader(BuildCache.Stream(bytes), Encoding.UTF8);
            if (reader.ReadString() != key) return null;
            var config = new SiteConfig
            {
                Title = reader.ReadString(),
                Description = reader.ReadString(),
                BaseUrl = reader.ReadString(),
                Language = reader.ReadString(),
                TimeZone = reader.ReadString(),
                PageSize = reader.ReadInt32(),
                ArchivePageSize = reader.ReadInt32(),
                RelatedCount = reader.ReadInt32(),
                SitemapMaxUrls = reader.ReadInt32(),
                MaxSiteBytes = reader.ReadInt64(),
                Boilerplate = ReadList(reader),
                Footer = reader.ReadString(),
            };
            return reader.BaseStream.Position == reader.BaseStream.Length ? config : null;
        }
        // As the other caches read their files: a length prefix damaged into a number that never
        // ends is a FormatException, not an IOException (EndOfStreamException is one).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null; // damaged or unreadable: parsed again, as without a cache
        }
    }

    public static void Save(BuildCache cache, string key, SiteConfig config)
    {
        // A key given an empty value ("footer:") reads as null: such settings are simply not kept.
        string?[] texts = [config.Title, config.Description, config.BaseUrl, config.Language, config.TimeZone, config.Footer];
        if (texts.Any(t => t == null) || config.Boilerplate == null || config.Boilerplate.Any(l => l == null)) return;
        try
        {
            BuildCache.Write(cache.SiteConfigFile, Format, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(key);
                writer.Write(config.Title);
                writer.Write(config.Description);
                writer.Write(config.BaseUrl);
                writer.Write(config.Language);
                writer.Write(config.TimeZone);
                writer.Write(config.PageSize);
                writer.Write(config.ArchivePageSize);
                writer.Write(config.RelatedCount);
                writer.Write(config.SitemapMaxUrls);
                writer.Write(config.MaxSiteBytes);
                writer.Write(config.Boilerplate.Count);
                foreach (var line in config.Boilerplate) writer.Write(line);
                writer.Write(config.Footer);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a speed-up: a cache that cannot be written means the next build parses site.yml.
        }
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new IOException("negative count");
        var list = new List<string>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) list.Add(reader.ReadString());
        return list;
    }
}
