using StaticNews.Caching;
using StaticNews.Configuration;
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

    // What the constructor learnt from each file, by content hash, kept between builds: with the
    // up-to-date check's hashes, a rebuild maps seeds to files without reading ten thousand of them.
    private sealed record Facts(string? Seed, string? UntouchedSeedHash);

    private readonly ChunkedCacheFile? _factsFile;
    private int _factsChunks = -1; // chunks the facts file holds; -1: it could not be used
    private readonly Dictionary<string, Facts> _knownFacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Facts> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashByFile = new(StringComparer.Ordinal);
    private readonly List<string> _changed = [];

    // As File.WriteAllText writes: UTF-8 without a byte-order mark, refusing text that is not Unicode.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="knownHash">Content hashes already known (see Pipeline.UpToDate.InputHashes), or null.</param>
    /// <param name="cache">Where what was learnt of each file is kept for the next build, or null.</param>
    /// <param name="listed">The files directly in the folder (full paths) as a listing taken this build found them, with their hashes when it read them, or null to list the folder here.</param>
    public ArticleStore(string folder, Func<string, string?>? knownHash = null, BuildCache? cache = null, InputListing? listed = null)
    {
        _folder = folder;
        _factsFile = cache?.ArticleFacts("");
        if (!Directory.Exists(folder)) return;
        ReadFacts();
        // One listing of the folder, each name sorted into leftover or article: listing it twice
        // (the patterns "*.md.tmp-*", then "*.md") doubled the cost of walking a large archive's
        // folder on every build. A temporary file left by an ingest that was killed mid-write holds
        // nothing the real file lacks (the rename never happened) and is deleted; a name that
        // would match both patterns is a leftover, as when the leftovers went first.
        listed ??= new InputListing([.. Directory.EnumerateFiles(folder)], [], []);
        var named = new List<string>();
        var namedHashes = new List<string?>();
        for (var j = 0; j < listed.Files.Count; j++)
        {
            var file = listed.Files[j];
            var name = Path.GetFileName(file.AsSpan());
            if (name.Contains(".md" + AtomicFile.TemporaryMarker, FileNames.Comparison))
            {
                File.Delete(file);
                _changed.Add(file);
            }
            else if (name.EndsWith(".md", FileNames.Comparison))
            {
                named.Add(file);
                namedHashes.Add(listed.HashOf(j, knownHash));
            }
        }
        string[] articles = [.. named];
        string?[] hashes = [.. namedHashes];
        Array.Sort(articles, hashes, StringComparer.Ordinal);
        // What the cache knows is looked up on this thread (a parallel loop over lookups waited
        // longer for its other thread than the lookups took); files it knows nothing of (all of
        // them in a fresh clone) are then read and hashed on every core. The maps are filled
        // afterwards in path order, as one loop would.
        var learnt = new (string Hash, Facts Facts)?[articles.Length];
        var unknown = new List<int>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (Known(hashes[i]) is { } known) learnt[i] = known;
            else unknown.Add(i);
        }
        Parallel.For(0, unknown.Count, u => learnt[unknown[u]] = Read(articles[unknown[u]]));
        for (var i = 0; i < articles.Length; i++)
        {
            var file = articles[i];
            _takenSlugs.Add(Path.GetFileNameWithoutExtension(file));
            if (learnt[i] is not { } got) continue; // a pipe, or a name .NET cannot open: no seed of ours; load names it
            var (hash, facts) = got;
            _facts[hash] = facts;
            _hashByFile[file] = hash;
            if (facts.Seed != null) _fileBySeed.TryAdd(facts.Seed, file);
            if (facts.UntouchedSeedHash != null) _untouchedSeedHash[file] = facts.UntouchedSeedHash;
        }
    }

    /// <summary>A file's content hash and facts from the cache, when the check hashed it (<paramref name="knownHash"/>) and the cache knows that hash.</summary>
    private (string Hash, Facts Facts)? Known(string? knownHash)
        => knownHash is { } hash && _knownFacts.TryGetValue(hash, out var known) ? (hash, known) : null;

    /// <summary>A file's content hash and facts, read from it; null when it cannot be read.</summary>
    private static (string Hash, Facts Facts)? Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(file);
        }
        catch (IOException)
        {
            return null;
        }
        return (Text.ContentHash.Of(bytes), FactsOf(new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd()));
    }

    private static Facts FactsOf(string text)
    {
        // A file exactly as ingest wrote it names its seed on a plain line: no YAML parser
        // needed for the common case, which keeps a rebuild of a large archive quick.
        var untouched = ArticleFileFormat.IsUntouched(text);
        var seed = untouched ? ArticleFileFormat.GeneratedValue(text, "seed") : null;
        seed ??= ArticleFileFormat.TryReadFrontMatter(Head(text))?.Seed;
        return new Facts(seed, untouched ? ArticleFileFormat.GeneratedValue(text, "seed_hash") : null);
    }

    // A damaged or foreign file gives no facts: every file is read, as without a cache.
    private void ReadFacts()
    {
        if (_factsFile != null) _factsChunks = _factsFile.ReadEntries(_knownFacts, reader => new Facts(reader.ReadString(), reader.ReadString()));
    }

    /// <summary>
    /// Keeps what was learnt of this build's files for the next one: facts of new files are
    /// appended as one chunk (not the whole store rewritten for one new article), and the file is
    /// rewritten with exactly this build's facts when the dead ones pile up (see <see cref="ChunkedCacheFile.NeedsRewrite"/>).
    /// </summary>
    public void SaveFacts()
    {
        if (_factsFile == null) return;
        var added = _facts.Where(f => !(_knownFacts.TryGetValue(f.Key, out var known) && known == f.Value)).ToList();
        var dead = _knownFacts.Count - (_facts.Count - added.Count);
        _factsFile.SaveEntries(_factsChunks, _facts, added, dead, (writer, fact) =>
        {
            writer.Write(fact.Seed);
            writer.Write(fact.UntouchedSeedHash);
        });
    }

    public string? FileFor(string seed) => _fileBySeed.GetValueOrDefault(seed);

    /// <summary>
    /// The files that name a seed (relative to input/, as the files name it) not in
    /// <paramref name="seeds"/>, by seed in ordinal order: only those are sorted, not the archive's
    /// every file.
    /// </summary>
    public IReadOnlyList<(string Seed, string File)> FilesWhoseSeedIsNotIn(IReadOnlySet<string> seeds)
    {
        var missing = new List<(string Seed, string File)>();
        foreach (var (seed, file) in _fileBySeed)
            if (!seeds.Contains(seed)) missing.Add((seed, file));
        missing.Sort((a, b) => string.CompareOrdinal(a.Seed, b.Seed));
        return missing;
    }

    /// <summary>Deletes a file of the folder, and forgets it: the next build knows nothing of it.</summary>
    public void Delete(string path, string seed)
    {
        File.Delete(path);
        _changed.Add(path);
        _takenSlugs.Remove(Path.GetFileNameWithoutExtension(path));
        _fileBySeed.Remove(seed);
        _untouchedSeedHash.Remove(path);
        if (_hashByFile.Remove(path, out var hash)) _facts.Remove(hash);
    }

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
        Remember(path, text);
        if (File.Exists(path) && File.ReadAllText(path) == text) return false;
        AtomicFile.Write(path, stream => stream.Write(Utf8.GetBytes(text)));
        _changed.Add(path);
        return true;
    }

    /// <summary>The files this store wrote or deleted, in the order it did so: what the up-to-date check saw of them is stale.</summary>
    public IReadOnlyList<string> Changed => _changed;

    // What a file ingest writes holds is known without reading it back: the next build maps its
    // seed from the facts file even when this build made the file (a cold build makes them all).
    private void Remember(string path, string text)
    {
        if (_factsFile == null) return;
        if (_hashByFile.TryGetValue(path, out var old)) _facts.Remove(old);
        var hash = Text.ContentHash.Of(text); // written as UTF-8 without a byte-order mark, so the file's hash
        _facts[hash] = FactsOf(text);
        _hashByFile[path] = hash;
    }

    // Front matter sits at the top: the YAML parser is given only that part.
    private static string Head(string text)
    {
        var close = text.Length > 3 ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1; // a file of a byte or two has no front matter to cut
        return close > 0 ? text[..(close + 4)] + "\n" : text;
    }
}
