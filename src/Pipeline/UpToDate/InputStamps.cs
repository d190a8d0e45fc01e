using StaticNews.Configuration;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// The stamps of every input file as the up-to-date check took them at <see cref="TakenAt"/>,
/// brought up to date with the files ingest wrote since (<see cref="With"/>): the record stage
/// saves these instead of walking and stamping ten thousand inputs a second time, and ingest and
/// load take their listings of input/seeds/ and input/articles/ from them (<see cref="Listing"/>)
/// instead of walking those folders again.
/// </summary>
public sealed record InputStamps(DateTime TakenAt, IReadOnlyList<FileStamp> Stamps)
{
    /// <summary>
    /// Every folder under input/ ("input/…", ordinal order) as the check's walk found them, or null
    /// when that walk met a link or a name that is not valid UTF-8, which only
    /// <see cref="InputFileWalker"/> knows how to report (or when these stamps come from a record).
    /// </summary>
    public IReadOnlyList<string>? Folders { get; init; }

    /// <summary>
    /// These stamps with the given files (full paths under <paramref name="inputFolder"/>) stamped
    /// anew, or dropped when they no longer exist.
    /// </summary>
    public InputStamps With(string inputFolder, IEnumerable<string> changedFiles)
    {
        var changed = changedFiles.Select(file => (Path: StampPath.Of("input", inputFolder, file), File: file)).ToArray();
        if (changed.Length == 0) return this;
        // Ingest may have written every article (a first build): the files are stamped on every
        // core, each stat'd before it is read, so a write after the read shows as a newer time.
        var fresh = new FileStamp?[changed.Length];
        Parallel.For(0, changed.Length, i =>
        {
            var info = new FileInfo(changed[i].File);
            fresh[i] = info.Exists ? new FileStamp(changed[i].Path, info.Length, info.LastWriteTimeUtc.Ticks, Text.ContentHash.Of(File.ReadAllBytes(changed[i].File))) : null;
        });
        var byPath = new Dictionary<string, FileStamp?>(StringComparer.Ordinal);
        for (var i = 0; i < changed.Length; i++) byPath[changed[i].Path] = fresh[i];
        // Kept in the order the fingerprint takes them: ordinal path ("input/…" before "theme/…").
        // A few files (a new article) are put in their places; many (a first build) merged in.
        List<FileStamp> stamps;
        if (byPath.Count <= FewChanges)
        {
            stamps = [.. Stamps];
            foreach (var (path, stamp) in byPath)
            {
                var at = stamps.BinarySearch(new FileStamp(path, 0, 0, ""), ByPath);
                if (at >= 0 && stamp != null) stamps[at] = stamp;
                else if (at >= 0) stamps.RemoveAt(at);
                else if (stamp != null) stamps.Insert(~at, stamp);
            }
            return this with { Stamps = stamps };
        }
        stamps = Stamps.Where(stamp => !byPath.ContainsKey(stamp.Path)).Concat(byPath.Values.OfType<FileStamp>()).ToList();
        stamps.Sort(ByPath);
        return this with { Stamps = stamps };
    }

    private const int FewChanges = 64;

    /// <summary>
    /// The files under <c>input/<paramref name="folder"/>/</c> (at any depth) whose names end with
    /// <paramref name="extension"/>, as <see cref="InputFileWalker.Walk"/> would list them: full
    /// paths, ordinal order, with their hashes. Null when only a walk can say (see <see cref="Folders"/>),
    /// or when a folder under it is named like such a file, which the walk reports.
    /// </summary>
    public InputListing? Listing(string inputFolder, string folder, string extension)
    {
        if (Folders is not { } folders) return null;
        var prefix = "input/" + folder + "/";
        foreach (var path in folders)
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return null;
        return Listed(inputFolder, prefix, path => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The files directly in <c>input/<paramref name="folder"/>/</c>, full paths in ordinal order with their hashes; null when only a walk can say (see <see cref="Folders"/>).</summary>
    public InputListing? TopFiles(string inputFolder, string folder)
    {
        if (Folders == null) return null;
        var prefix = "input/" + folder + "/";
        return Listed(inputFolder, prefix, path => path.IndexOf('/', prefix.Length) < 0);
    }

    /// <summary>
    /// The wanted stamps under <paramref name="prefix"/> as a listing: their full paths, each with
    /// the hash the stamp holds, so whoever reads the listing need not find a file's hash by its path.
    /// </summary>
    private InputListing Listed(string inputFolder, string prefix, Func<string, bool> wanted)
    {
        // Stamp paths are already normal ('/'-separated, no "." or ".." parts): only the folder is made full.
        var root = Path.GetFullPath(inputFolder);
        // Counted first, so the lists are made at their size rather than grown (ten thousand articles).
        var count = 0;
        foreach (var stamp in Stamps)
            if (stamp.Path.StartsWith(prefix, StringComparison.Ordinal) && wanted(stamp.Path)) count++;
        var files = new string[count];
        var hashes = new string[count];
        var at = 0;
        foreach (var stamp in Stamps)
            if (stamp.Path.StartsWith(prefix, StringComparison.Ordinal) && wanted(stamp.Path))
            {
                files[at] = StampPath.Full(root, stamp.Path);
                hashes[at++] = stamp.Hash;
            }
        // The stamps are in ordinal order of their paths, and these share one prefix: their full
        // paths, the same prefix made full, keep that order where the separator is '/'. Another
        // separator sorts differently against other characters ("a\b" after "a0", "a/b" before).
        if (Path.DirectorySeparatorChar != '/') Array.Sort(files, hashes, StringComparer.Ordinal);
        return new InputListing(files, [], []) { Hashes = hashes };
    }

    private static readonly IComparer<FileStamp> ByPath = Comparer<FileStamp>.Create((x, y) => string.CompareOrdinal(x.Path, y.Path));
}
