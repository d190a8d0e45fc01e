using StaticNews.Caching;
using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>
/// Parsed front matter by file content hash, kept between builds in the cache folder: YAML is
/// the slowest part of loading, and an unchanged file parses to the same front matter (the loader
/// keeps it as the site model holds it, so it is taken from here as it is). The
/// key names the time zone (dates without an offset are read in it) and the generator build;
/// a different one, or any damage, and the cache is simply not used.
/// </summary>
public sealed class FrontMatterCache
{
    private readonly ChunkedCacheFile? _file;
    private readonly Dictionary<string, FrontMatter> _previous = new(StringComparer.Ordinal);

    // What this build keeps, nearly always on one thread (the loader reads new files on every
    // core, but those are few): a dictionary under a lock, sized for the entries read, costs far
    // less than a concurrent one growing from empty, which took a node per entry.
    private readonly Dictionary<string, FrontMatter> _next;

    // Chunks the file holds; -1 when it could not be used, so the next save rewrites it whole.
    private readonly int _chunks = -1;

    /// <param name="knownHashes">The hashes the files will be looked up by, when known (a listing's):
    /// entries under them are keyed by these strings rather than by copies decoded from the file.</param>
    public FrontMatterCache(BuildCache? cache, TimeZoneInfo zone, IReadOnlyCollection<string>? knownHashes = null)
    {
        if (cache != null)
        {
            _file = cache.FrontMatter($"{zone.Id} {GeneratorBuild.Id}");
            var known = knownHashes == null ? null : new HashSet<string>(knownHashes, StringComparer.Ordinal);
            _chunks = _file.ReadEntries(_previous, Read, known);
        }
        _next = new Dictionary<string, FrontMatter>(_previous.Count, StringComparer.Ordinal);
    }

    /// <summary>Chunks the file held when read (-1: no usable file); for tests.</summary>
    internal int Chunks => _chunks;

    public FrontMatter? Find(string hash) => _previous.GetValueOrDefault(hash);

    /// <summary>Keeps the entry for the next build. Safe to call from several threads at once.</summary>
    public void Remember(string hash, FrontMatter frontMatter)
    {
        lock (_next) _next[hash] = frontMatter;
    }

    /// <summary>
    /// Keeps the entries of this build for the next. New ones are appended as one chunk; entries
    /// of files since deleted or edited stay behind (a content hash always means the same front
    /// matter) until they are more than a quarter of the live ones, or the chunks too many: then
    /// the file is rewritten with exactly this build's entries.
    /// </summary>
    public void Save()
    {
        if (_file == null) return;
        var added = new List<KeyValuePair<string, FrontMatter>>();
        foreach (var entry in _next)
            if (!_previous.ContainsKey(entry.Key)) added.Add(entry);
        var dead = _previous.Count - (_next.Count - added.Count);
        _file.SaveEntries(_chunks, _next, added, dead, Write);
    }

    // Field by field (JSON took most of a rebuild's load stage). Every field
    // of FrontMatter is here; a test holds the list to the record's properties.
    private static void Write(CacheChunkWriter writer, FrontMatter f)
    {
        writer.Write(f.Title);
        writer.Write(f.Date.UtcTicks);
        writer.Write((short)f.Date.Offset.TotalMinutes);
        writer.Write(f.DateSource is { } source ? (int)source : -1);
        writer.Write(f.Slug);
        writer.Write(f.Summary);
        writer.Write(f.Source);
        writer.Write(f.Language);
        WriteList(writer, f.Locations);
        WriteList(writer, f.People);
        WriteList(writer, f.Organisations);
        WriteList(writer, f.Tags);
        writer.Write(f.Seed);
        writer.Write(f.SeedHash);
        writer.Write(f.GeneratedHash);
        writer.Write(f.Draft);
    }

    private static FrontMatter Read(CacheChunkReader reader)
    {
        var title = reader.ReadRequiredString();
        var utcTicks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        var source = reader.ReadInt32();
        if (source < -1 || source > (int)Content.DateSource.FileTime) throw new FormatException("unknown date source");
        return new FrontMatter
        {
            Title = title,
            Date = new DateTimeOffset(utcTicks + offset.Ticks, offset),
            DateSource = source < 0 ? null : (DateSource)source,
            Slug = reader.ReadRequiredString(),
            Summary = reader.ReadRequiredString(),
            Source = reader.ReadString(),
            Language = reader.ReadRequiredString(),
            Locations = ReadList(reader),
            People = ReadList(reader),
            Organisations = ReadList(reader),
            Tags = ReadList(reader),
            Seed = reader.ReadString(),
            SeedHash = reader.ReadString(),
            GeneratedHash = reader.ReadString(),
            Draft = reader.ReadBoolean(),
        };
    }

    private static void WriteList(CacheChunkWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadList(CacheChunkReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0) throw new FormatException("negative list length");
        // Most articles name no people or organisations: one empty array serves them all.
        if (count == 0) return [];
        var values = new string[count];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadRequiredString();
        return values;
    }
}
