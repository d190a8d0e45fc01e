using StaticNews.Content;

namespace StaticNews.Ingest;

/// <summary>
/// The Markdown files of <c>input/articles/</c> as ingest sees them: which seed each came from
/// and which slugs (file names) are taken. Writes go through a temporary file and a rename, so
/// a killed ingest never leaves half a file.
/// </summary>
public sealed class ArticleStore
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _fileBySeed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenSlugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _untouchedSeedHash = new(StringComparer.Ordinal);

    public ArticleStore(string folder)
    {
        _folder = folder;
        if (!Directory.Exists(folder)) return;
        // A temporary file left by an ingest that was killed mid-write holds nothing the real
        // file lacks: the rename never happened.
        foreach (var leftover in Directory.EnumerateFiles(folder, "*.md.tmp-*")) File.Delete(leftover);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            _takenSlugs.Add(Path.GetFileNameWithoutExtension(file));
            // A file exactly as ingest wrote it names its seed on a plain line: no YAML parser
            // needed for the common case, which keeps a rebuild of a large archive quick.
            var text = File.ReadAllText(file);
            var untouched = ArticleFileFormat.IsUntouched(text);
            var seed = untouched ? ArticleFileFormat.GeneratedValue(text, "seed") : null;
            seed ??= ArticleFileFormat.TryReadFrontMatter(ReadHead(file))?.Seed;
            if (seed != null) _fileBySeed.TryAdd(seed, file);
            if (untouched && ArticleFileFormat.GeneratedValue(text, "seed_hash") is { } seedHash) _untouchedSeedHash[file] = seedHash;
        }
    }

    public string? FileFor(string seed) => _fileBySeed.GetValueOrDefault(seed);

    /// <summary>
    /// The seed hash a file names, if the file was exactly as ingest wrote it when the store read
    /// it: a rebuild then needs neither to read nor to hash the file a second time.
    /// </summary>
    public string? UntouchedSeedHash(string file) => _untouchedSeedHash.GetValueOrDefault(file);

    /// <summary>A free slug: the wanted one, else one with a suffix derived from the seed, stable from run to run.</summary>
    public string ClaimSlug(string wanted, string seed)
    {
        var slug = wanted;
        if (_takenSlugs.Contains(slug))
            slug = $"{wanted}-{Text.ContentHash.Of(seed)[..6]}";
        for (var n = 2; _takenSlugs.Contains(slug); n++) slug = $"{wanted}-{Text.ContentHash.Of(seed)[..6]}-{n}";
        _takenSlugs.Add(slug);
        return slug;
    }

    public string PathFor(string slug) => Path.Combine(_folder, slug + ".md");

    /// <summary>Writes the file unless it already holds exactly this text; true when it wrote.</summary>
    public bool Write(string path, string text, string seed)
    {
        _fileBySeed[seed] = path;
        _untouchedSeedHash.Remove(path);
        if (File.Exists(path) && File.ReadAllText(path) == text) return false;
        Directory.CreateDirectory(_folder);
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
        return true;
    }

    // Front matter sits at the top; reading 16 kB spares loading whole bodies to map seeds.
    private static string ReadHead(string file)
    {
        using var reader = new StreamReader(file);
        var buffer = new char[16 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, read);
        var close = head.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close > 0 ? head[..(close + 4)] + "\n" : head;
    }
}
