using System.Runtime.InteropServices;
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

    // Each seed's file, and the seed hash that file names when it is exactly as ingest wrote it:
    // one entry per seed, so whether a seed's file is untouched is found by the seed alone, with
    // no map by path filled for every file.
    private readonly Dictionary<string, (string File, string? UntouchedSeedHash)> _bySeed = new(StringComparer.Ordinal);

    // What the constructor learnt from each file, by content hash, kept between builds: with the
    // up-to-date check's hashes, a rebuild maps seeds to files without reading ten thousand of them.
    private sealed record Facts(string? Seed, string? UntouchedSeedHash);

    private readonly ChunkedCacheFile? _factsFile;
    private int _factsChunks = -1; // chunks the facts file holds; -1: it could not be used
    private readonly Dictionary<string, Facts> _knownFacts = new(StringComparer.Ordinal);

    // The facts of this build's files by hash, and those of them the cache does not hold yet, kept
    // up to date as files are learnt, written and deleted: saving looks at what is new, not at
    // every file again.
    private readonly Dictionary<string, Facts> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Facts> _added = new(StringComparer.Ordinal);
    private int _liveKnown; // entries of _facts the cache holds as they are

    // The Markdown files as listed, in ordinal order, with each one's content hash (null: it
    // could not be read); a file this store wrote or deleted since has its hash in _hashByFile
    // instead (null: deleted). Only files that change are put in a map.
    private readonly List<string> _listed = [];
    private readonly List<string?> _listedHash = [];
    private readonly Dictionary<string, string?> _hashByFile = new(StringComparer.Ordinal);

    // Slugs claimed by this store. The listed files' names are compared one by one for the first
    // few slugs asked about (a new article or two); past that (many new seeds at once) they are put
    // in a set once.
    private const int ListedChecksBeforeSet = 8;
    private readonly HashSet<string> _claimed = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>? _listedSlugs;
    private int _listedChecks;

    private readonly List<string> _changed = [];

    // As File.WriteAllText writes: UTF-8 without a byte-order mark, refusing text that is not Unicode.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="knownHash">Content hashes already known (see Pipeline.UpToDate.InputHashes), or null.</param>
    /// <param name="cache">Where what was learnt of each file is kept for the next build, or null.</param>
    /// <param name="listed">The files directly in the folder (full paths) as a listing taken this build found them, with their hashes when it read them, or null to list the folder here.</param>
    /// <param name="seedTexts">The seeds' names and hashes as this build has them, or null: facts equal to one are kept as that string rather than decoded anew.</param>
    public ArticleStore(string folder, Func<string, string?>? knownHash = null, BuildCache? cache = null, InputListing? listed = null, IReadOnlyCollection<string>? seedTexts = null)
    {
        _folder = folder;
        _factsFile = cache?.ArticleFacts("");
        if (!Directory.Exists(folder)) return;
        ReadFacts(listed?.Hashes, seedTexts);
        // One listing of the folder, each name sorted into leftover or article: listing it twice
        // (the patterns "*.md.tmp-*", then "*.md") doubled the cost of walking a large archive's
        // folder on every build. A temporary file left by an ingest that was killed mid-write holds
        // nothing the real file lacks (the rename never happened) and is deleted; a name that
        // would match both patterns is a leftover, as when the leftovers went first.
        listed ??= new InputListing([.. Directory.EnumerateFiles(folder)], [], []);
        var articles = _listed;
        var hashes = new List<string?>();
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
                articles.Add(file);
                hashes.Add(listed.HashOf(j, knownHash));
            }
        }
        // The check's listing comes sorted already; only a listing of the folder is sorted here, its hashes with it.
        if (!IsSorted(articles)) CollectionsMarshal.AsSpan(articles).Sort(CollectionsMarshal.AsSpan(hashes), StringComparer.Ordinal);
        // What the cache knows is looked up on this thread (a parallel loop over lookups waited
        // longer for its other thread than the lookups took); files it knows nothing of (all of
        // them in a fresh clone) are then read and hashed on every core. The maps are filled
        // afterwards in path order, as one loop would.
        var learnt = new (string Hash, Facts Facts)?[articles.Count];
        var unknown = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (Known(hashes[i]) is { } known) learnt[i] = known;
            else unknown.Add(i);
        }
        Parallel.For(0, unknown.Count, u => learnt[unknown[u]] = Read(articles[unknown[u]], hashes[unknown[u]]));
        _listedHash.Capacity = articles.Count;
        _facts.EnsureCapacity(articles.Count);
        _bySeed.EnsureCapacity(articles.Count);
        var read = new bool[articles.Count];
        foreach (var u in unknown) read[u] = true;
        for (var i = 0; i < articles.Count; i++)
        {
            if (learnt[i] is not { } got) // a pipe, or a name .NET cannot open: no seed of ours; load names it
            {
                _listedHash.Add(null);
                continue;
            }
            var (hash, facts) = got;
            _listedHash.Add(hash);
            if (_facts.TryAdd(hash, facts))
            {
                if (!read[i] || IsKnown(hash, facts)) _liveKnown++;
                else _added[hash] = facts;
            }
            if (facts.Seed != null) _bySeed.TryAdd(facts.Seed, (articles[i], facts.UntouchedSeedHash));
        }
    }

    private static bool IsSorted(List<string> files)
    {
        for (var i = 1; i < files.Count; i++)
            if (string.CompareOrdinal(files[i - 1], files[i]) > 0) return false;
        return true;
    }

    private bool IsKnown(string hash, Facts facts) => _knownFacts.TryGetValue(hash, out var known) && known == facts;

    // Keeps a file's facts for the next build, and forgets those it replaces.
    private void Keep(string hash, Facts facts)
    {
        Drop(hash);
        _facts[hash] = facts;
        if (IsKnown(hash, facts)) _liveKnown++;
        else _added[hash] = facts;
    }

    private void Drop(string? hash)
    {
        if (hash == null || !_facts.Remove(hash)) return;
        if (!_added.Remove(hash)) _liveKnown--;
    }

    /// <summary>The content hash the store holds for a file: as written or deleted by it, else as listed (null: not known).</summary>
    private string? HashOf(string file)
    {
        if (_hashByFile.TryGetValue(file, out var hash)) return hash;
        var at = _listed.BinarySearch(file, StringComparer.Ordinal);
        return at >= 0 ? _listedHash[at] : null;
    }

    /// <summary>A file's content hash and facts from the cache, when the check hashed it (<paramref name="knownHash"/>) and the cache knows that hash.</summary>
    private (string Hash, Facts Facts)? Known(string? knownHash)
        => knownHash is { } hash && _knownFacts.TryGetValue(hash, out var known) ? (hash, known) : null;

    /// <summary>A file's content hash (<paramref name="knownHash"/> when the check hashed it already) and facts, read from it; null when it cannot be read.</summary>
    private static (string Hash, Facts Facts)? Read(string file, string? knownHash)
    {
        ArraySegment<byte> bytes;
        try
        {
            bytes = RegularFile.ReadReusing(file);
        }
        catch (IOException)
        {
            return null;
        }
        return (knownHash ?? Text.ContentHash.Of(bytes), FactsOf(bytes));
    }

    private static Facts FactsOf(ArraySegment<byte> bytes)
    {
        // A file exactly as ingest wrote it names its seed on a plain line: no YAML parser
        // needed for the common case, which keeps a rebuild of a large archive quick. Such a file
        // is UTF-8 without a byte order mark, so its bytes are its text and it is not decoded.
        string? text = null;
        ReadOnlySpan<byte> utf8 = ArticleFileFormat.IsPlainUtf8(bytes) ? bytes : System.Text.Encoding.UTF8.GetBytes(text = ArticleFileFormat.Decode(bytes));
        var untouched = ArticleFileFormat.IsUntouched(utf8);
        var seed = untouched ? ArticleFileFormat.GeneratedValue(utf8, "seed") : null;
        seed ??= ArticleFileFormat.TryReadFrontMatter(Head(text ?? ArticleFileFormat.Decode(bytes)))?.Seed;
        return new Facts(seed, untouched ? ArticleFileFormat.GeneratedValue(utf8, "seed_hash") : null);
    }

    // A damaged or foreign file gives no facts: every file is read, as without a cache. An entry's
    // key (the file's hash), seed and seed hash that the build already holds as strings (the
    // listings' hashes, the seeds' names) are kept as those, not as copies decoded from the file.
    private void ReadFacts(IReadOnlyList<string>? listedHashes, IReadOnlyCollection<string>? seedTexts)
    {
        // No file (a fresh clone): nothing to read, and no set of known strings to build for it.
        if (_factsFile == null || !File.Exists(_factsFile.Path)) return;
        var known = new HashSet<string>((listedHashes?.Count ?? 0) + (seedTexts?.Count ?? 0), StringComparer.Ordinal);
        if (listedHashes != null) known.UnionWith(listedHashes);
        if (seedTexts != null) known.UnionWith(seedTexts);
        _factsChunks = _factsFile.ReadEntries(_knownFacts, reader => new Facts(reader.ReadString(known), reader.ReadString(known)), known);
    }

    /// <summary>
    /// Keeps what was learnt of this build's files for the next one: facts of new files are
    /// appended as one chunk (not the whole store rewritten for one new article), and the file is
    /// rewritten with exactly this build's facts when the dead ones pile up (see <see cref="ChunkedCacheFile.NeedsRewrite"/>).
    /// </summary>
    public void SaveFacts()
    {
        if (_factsFile == null) return;
        _factsFile.SaveEntries(_factsChunks, _facts, _added, _knownFacts.Count - _liveKnown, (writer, fact) =>
        {
            writer.Write(fact.Seed);
            writer.Write(fact.UntouchedSeedHash);
        });
    }

    public string? FileFor(string seed) => _bySeed.TryGetValue(seed, out var entry) ? entry.File : null;

    /// <summary>
    /// The files that name a seed (relative to input/, as the files name it) not in
    /// <paramref name="seeds"/> (each seed once), by seed in ordinal order: only those are sorted,
    /// not the archive's every file.
    /// </summary>
    public IReadOnlyList<(string Seed, string File)> FilesWhoseSeedIsNotIn(IReadOnlyList<string> seeds)
    {
        // Counted first: when every seed a file names is among them, as in nearly every build,
        // no set of the seeds is made.
        var named = 0;
        foreach (var seed in seeds)
            if (_bySeed.ContainsKey(seed)) named++;
        if (named == _bySeed.Count) return [];
        var present = new HashSet<string>(seeds, StringComparer.Ordinal);
        var missing = new List<(string Seed, string File)>();
        foreach (var (seed, entry) in _bySeed)
            if (!present.Contains(seed)) missing.Add((seed, entry.File));
        missing.Sort((a, b) => string.CompareOrdinal(a.Seed, b.Seed));
        return missing;
    }

    /// <summary>Deletes a file of the folder, and forgets it: the next build knows nothing of it.</summary>
    public void Delete(string path, string seed)
    {
        File.Delete(path);
        _changed.Add(path);
        Drop(HashOf(path));
        _hashByFile[path] = null;
        var at = _listed.BinarySearch(path, StringComparer.Ordinal);
        if (at >= 0)
        {
            _listed.RemoveAt(at);
            _listedHash.RemoveAt(at);
        }
        var slug = Path.GetFileNameWithoutExtension(path);
        _claimed.Remove(slug);
        _listedSlugs?.Remove(slug);
        _bySeed.Remove(seed);
    }

    /// <summary>
    /// The seed hash the file of <paramref name="seed"/> names, if that file was exactly as ingest
    /// wrote it when the store read it: a rebuild then needs neither to read nor to hash the file a
    /// second time.
    /// </summary>
    public string? UntouchedSeedHashFor(string seed) => _bySeed.TryGetValue(seed, out var entry) ? entry.UntouchedSeedHash : null;

    /// <summary>A free slug: the wanted one, else one with a suffix derived from the seed, stable from run to run.</summary>
    public string ClaimSlug(string wanted, string seed)
    {
        var slug = wanted;
        if (IsTaken(slug))
            slug = $"{wanted}-{Text.ContentHash.Of(seed)[..6]}";
        for (var n = 2; IsTaken(slug); n++) slug = $"{wanted}-{Text.ContentHash.Of(seed)[..6]}-{n}";
        _claimed.Add(slug);
        return slug;
    }

    // Slugs compare ignoring case, as the file names would on Windows or macOS.
    private bool IsTaken(string slug)
    {
        if (_claimed.Contains(slug)) return true;
        if (_listedSlugs == null && ++_listedChecks > ListedChecksBeforeSet)
            _listedSlugs = new HashSet<string>(_listed.Select(file => Path.GetFileNameWithoutExtension(file)), StringComparer.OrdinalIgnoreCase);
        if (_listedSlugs != null) return _listedSlugs.Contains(slug);
        foreach (var file in _listed)
            if (Path.GetFileNameWithoutExtension(file.AsSpan()).Equals(slug, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public string PathFor(string slug) => Path.Combine(_folder, slug + ".md");

    /// <summary>Writes the file unless it already holds exactly this text; true when it wrote.</summary>
    public bool Write(string path, string text, string seed)
    {
        _bySeed[seed] = (path, null);
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
        Drop(HashOf(path));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text); // written as UTF-8 without a byte-order mark: the file's bytes
        var hash = Text.ContentHash.Of(bytes);
        Keep(hash, FactsOf(bytes));
        _hashByFile[path] = hash;
    }

    // Front matter sits at the top: the YAML parser is given only that part.
    private static string Head(string text)
    {
        var close = text.Length > 3 ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1; // a file of a byte or two has no front matter to cut
        return close > 0 ? text[..(close + 4)] + "\n" : text;
    }
}
