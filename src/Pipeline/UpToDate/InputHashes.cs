namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// The content hashes of input files as the up-to-date check found them, so ingest and load need
/// not read and hash ten thousand unchanged files a second and third time. Files ingest writes
/// after the check are taken out (<see cref="Without"/>) and read again. A file someone else
/// changes while the build runs is built as the check saw it; the record keeps the check's
/// stamp, so the next build sees the change.
/// </summary>
public sealed class InputHashes
{
    private readonly Dictionary<string, string> _byPath = new(StringComparer.Ordinal);

    // Files taken out since the check: kept beside the check's hashes, which are shared, not
    // copied (20,000 entries at 10,000 articles, copied for the one file ingest wrote).
    private readonly HashSet<string> _without = new(StringComparer.Ordinal);

    public static InputHashes None { get; } = new();

    private InputHashes()
    {
    }

    private InputHashes(Dictionary<string, string> byPath) => _byPath = byPath;

    /// <param name="stamps">Stamps as <see cref="InputFingerprint"/> makes them ("input/…", "theme/…").</param>
    public InputHashes(string inputFolder, IEnumerable<FileStamp> stamps)
    {
        // Stamp paths are already normal ('/'-separated, no "." or ".." parts): only the folder is made full.
        var root = Path.GetFullPath(inputFolder);
        foreach (var stamp in stamps)
            if (stamp.Path.StartsWith("input/", StringComparison.Ordinal))
                _byPath[Path.Join(root, stamp.Path["input/".Length..].Replace('/', Path.DirectorySeparatorChar))] = stamp.Hash;
    }

    /// <summary>The file's content hash as the check found it, or null when the check did not hash it or it changed since.</summary>
    // The walks hand over full, normal paths, found as they are; any other form is made full first.
    public string? Of(string file)
    {
        if (!_byPath.ContainsKey(file)) file = Path.GetFullPath(file);
        return _without.Contains(file) ? null : _byPath.GetValueOrDefault(file);
    }

    /// <summary>These hashes less those of <paramref name="changedFiles"/> (full paths).</summary>
    public InputHashes Without(IReadOnlyCollection<string> changedFiles)
    {
        if (changedFiles.Count == 0) return this;
        var copy = new InputHashes(_byPath);
        copy._without.UnionWith(_without);
        foreach (var file in changedFiles) copy._without.Add(Path.GetFullPath(file));
        return copy;
    }
}
