using System.Collections.Concurrent;
using System.Text;
using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>
/// Parsed front matter by file content hash, kept between builds in the cache folder: YAML is
/// the slowest part of loading, and an unchanged file parses to the same front matter. The
/// key line names the time zone (dates without an offset are read in it) and the generator
/// build; a different one, or any damage, and the cache is simply not used.
/// </summary>
public sealed class FrontMatterCache
{
    private const string FileName = "front-matter.bin";
    private readonly string? _file;
    private readonly string _key;
    private readonly Dictionary<string, FrontMatter> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrontMatter> _next = new(StringComparer.Ordinal);

    public FrontMatterCache(string? folder, TimeZoneInfo zone)
    {
        _key = $"v2 {zone.Id} {typeof(FrontMatterCache).Assembly.ManifestModule.ModuleVersionId}";
        if (folder == null) return;
        _file = Path.Combine(folder, FileName);
        if (!File.Exists(_file)) return;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(_file)), Encoding.UTF8);
            if (reader.ReadString() != _key) return;
            for (var n = reader.ReadInt32(); n > 0; n--) _previous[reader.ReadString()] = Read(reader);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException)
        {
            _previous.Clear();
        }
    }

    public FrontMatter? Find(string hash) => _previous.GetValueOrDefault(hash);

    public void Remember(string hash, FrontMatter frontMatter) => _next[hash] = frontMatter;

    /// <summary>Keeps exactly the entries of this build (deleted files drop out); leaves the file alone when those are the ones it holds.</summary>
    public void Save()
    {
        if (_file == null) return;
        if (_next.Count == _previous.Count && _next.Keys.All(_previous.ContainsKey)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temp = _file + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(_key);
            writer.Write(_next.Count);
            foreach (var (hash, frontMatter) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(hash);
                Write(writer, frontMatter);
            }
        }
        File.Move(temp, _file, overwrite: true);
    }

    // Binary, field by field (JSON took most of a rebuild's load stage at 10,000 articles). Every
    // field of FrontMatter is here; a test holds the list to the record's properties.
    private static void Write(BinaryWriter writer, FrontMatter f)
    {
        writer.Write(f.Title);
        writer.Write(f.Date.UtcTicks);
        writer.Write((short)f.Date.Offset.TotalMinutes);
        writer.Write(f.Slug);
        writer.Write(f.Summary);
        WriteOptional(writer, f.Source);
        writer.Write(f.Language);
        WriteList(writer, f.Locations);
        WriteList(writer, f.Tags);
        WriteOptional(writer, f.Seed);
        WriteOptional(writer, f.SeedHash);
        WriteOptional(writer, f.GeneratedHash);
        writer.Write(f.Draft);
    }

    private static FrontMatter Read(BinaryReader reader)
    {
        var title = reader.ReadString();
        var utcTicks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new FrontMatter
        {
            Title = title,
            Date = new DateTimeOffset(utcTicks + offset.Ticks, offset),
            Slug = reader.ReadString(),
            Summary = reader.ReadString(),
            Source = ReadOptional(reader),
            Language = reader.ReadString(),
            Locations = ReadList(reader),
            Tags = ReadList(reader),
            Seed = ReadOptional(reader),
            SeedHash = ReadOptional(reader),
            GeneratedHash = ReadOptional(reader),
            Draft = reader.ReadBoolean(),
        };
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value != null);
        if (value != null) writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }
}
