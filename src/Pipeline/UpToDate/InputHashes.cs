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
    // By the stamps' own paths ("input/…"): a full path asked for is found by the span of it past
    // the input folder, so no full path is made per file for the table. Made when first asked:
    // the check's listings carry their hashes (InputStamps.Listing), so only a walk of a folder
    // the check could not list asks here.
    private readonly Lazy<Dictionary<string, string>> _byPath = new(() => new(StringComparer.Ordinal));
    private readonly string _root = "";

    // Files taken out since the check: kept beside the check's hashes, which are shared, not
    // copied (20,000 entries at 10,000 articles, copied for the one file ingest wrote).
    private readonly HashSet<string> _without = new(StringComparer.Ordinal);

    public static InputHashes None { get; } = new();

    private InputHashes()
    {
    }

    private InputHashes(InputHashes from)
    {
        _byPath = from._byPath;
        _root = from._root;
        _without.UnionWith(from._without);
    }

    /// <param name="stamps">Stamps as <see cref="InputFingerprint"/> makes them ("input/…", "theme/…"), held as they are.</param>
    public InputHashes(string inputFolder, IReadOnlyList<FileStamp> stamps)
    {
        _root = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        _byPath = new(() =>
        {
            var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var stamp in stamps)
                if (stamp.Path.StartsWith(Prefix, StringComparison.Ordinal))
                    byPath[stamp.Path] = stamp.Hash;
            return byPath;
        });
    }

    private const string Label = "input";
    private const string Prefix = Label + "/";

    /// <summary>The file's content hash as the check found it, or null when the check did not hash it or it changed since.</summary>
    public string? Of(string file)
        => KeyOf(file) is { } key && !_without.Contains(key) ? _byPath.Value[key] : null;

    /// <summary>These hashes less those of <paramref name="changedFiles"/> (full paths).</summary>
    public InputHashes Without(IReadOnlyCollection<string> changedFiles)
    {
        if (changedFiles.Count == 0) return this;
        var copy = new InputHashes(this);
        // Taken out by the stamp path they would have, not looked up: a build that never asks for
        // a hash (the check's listings carry theirs) never makes the table for the file ingest wrote.
        foreach (var file in changedFiles)
            if (StampPathOf(file) is { } key) copy._without.Add(key);
        return copy;
    }

    /// <summary>The stamp path ("input/…") the check would stamp <paramref name="file"/> under, or null when it lies outside the input folder.</summary>
    private string? StampPathOf(string file)
    {
        if (_root.Length == 0) return null;
        var full = Path.GetFullPath(file);
        return full.StartsWith(_root, StringComparison.Ordinal) ? StampPath.Of(Label, _root, full) : null;
    }

    /// <summary>The stamp path ("input/…") the check hashed <paramref name="file"/> under, or null when it hashed none.</summary>
    // The walks hand over full, normal paths, found as they are; any other form is made full first.
    private string? KeyOf(string file)
    {
        if (_byPath.Value.Count == 0) return null;
        return Spelt(file) ?? (Path.GetFullPath(file) is var full && full != file ? Spelt(full) : null);
    }

    private string? Spelt(string file)
    {
        if (!file.StartsWith(_root, StringComparison.Ordinal)) return null;
        var relative = file.AsSpan(_root.Length);
        var folder = Path.GetDirectoryName(relative);
        var name = Path.GetFileName(relative);
        var length = StampPath.LengthOf(Label, folder, name);
        Span<char> spelt = length <= 512 ? stackalloc char[length] : new char[length];
        return _byPath.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(StampPath.Spell(Label, folder, name, spelt), out var key, out _) ? key : null;
    }
}
