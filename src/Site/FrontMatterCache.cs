using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
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
    private const string FileName = "front-matter.cache";
    private readonly string? _file;
    private readonly string _key;
    private readonly Dictionary<string, FrontMatter> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrontMatter> _next = new(StringComparer.Ordinal);

    public FrontMatterCache(string? folder, TimeZoneInfo zone)
    {
        _key = $"v1 {zone.Id} {typeof(FrontMatterCache).Assembly.ManifestModule.ModuleVersionId}";
        if (folder == null) return;
        _file = Path.Combine(folder, FileName);
        if (!File.Exists(_file)) return;
        try
        {
            using var reader = new StreamReader(_file, Encoding.UTF8);
            if (reader.ReadLine() != _key) return;
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t');
                if (tab < 0) { _previous.Clear(); return; }
                _previous[line[..tab]] = JsonSerializer.Deserialize<FrontMatter>(line.AsSpan(tab + 1))!;
            }
        }
        catch (Exception e) when (e is IOException or JsonException or NotSupportedException)
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
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            writer.Write(_key + "\n");
            foreach (var (hash, frontMatter) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
                writer.Write(hash + "\t" + JsonSerializer.Serialize(frontMatter) + "\n");
        }
        File.Move(temp, _file, overwrite: true);
    }
}
