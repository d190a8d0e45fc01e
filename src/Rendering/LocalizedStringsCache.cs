using System.Text;
using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Rendering;

/// <summary>
/// The strings last read from the theme's i18n file, kept in the cache folder under the hash of
/// the file's text, its language and the generator build: while none changed, a build takes them
/// from here instead of reading the YAML again, work done at the start of every build. Only a file
/// that read without error is kept, so a bad file is read, and its error said, every build; any
/// other text, another build of the generator, or a damaged cache file means the YAML is read again.
/// </summary>
public static class LocalizedStringsCache
{
    private static readonly CacheFormat Format = new("i18n strings", 1);

    /// <summary>What the cached strings are valid for: this text of the file for <paramref name="language"/>, read by this build of the generator.</summary>
    public static string KeyOf(string language, string yaml)
        => ContentHash.Of(GeneratorBuild.Id + "\n" + language + "\n" + yaml);

    /// <summary>The strings and month names saved under <paramref name="key"/>, or null.</summary>
    public static (Dictionary<string, string> Strings, string[] Months)? Read(BuildCache cache, string key)
    {
        if (BuildCache.TryRead(cache.LocalizedStringsFile, Format) is not { } bytes) return null;
        try
        {
            using var reader = new BinaryReader(BuildCache.Stream(bytes), Encoding.UTF8);
            if (reader.ReadString() != key) return null;
            var count = reader.ReadInt32();
            if (count < 0) return null;
            var strings = new Dictionary<string, string>(Math.Min(count, 1024), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (!strings.TryAdd(reader.ReadString(), reader.ReadString())) return null;
            }
            var months = new string[12];
            for (var i = 0; i < months.Length; i++) months[i] = reader.ReadString();
            return reader.BaseStream.Position == reader.BaseStream.Length ? (strings, months) : null;
        }
        // As the other caches read their files: a length prefix damaged into a number that never
        // ends is a FormatException, not an IOException (EndOfStreamException is one).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null; // damaged or unreadable: the YAML is read again, as without a cache
        }
    }

    /// <summary>Keeps the strings (in the order they are listed) and the twelve month names under <paramref name="key"/>.</summary>
    public static void Save(BuildCache cache, string key, IReadOnlyCollection<KeyValuePair<string, string>> strings, IReadOnlyList<string> months)
    {
        try
        {
            BuildCache.Write(cache.LocalizedStringsFile, Format, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(key);
                writer.Write(strings.Count);
                foreach (var (name, value) in strings)
                {
                    writer.Write(name);
                    writer.Write(value);
                }
                foreach (var month in months) writer.Write(month);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a speed-up: a cache that cannot be written means the next build reads the YAML.
        }
    }
}
