namespace StaticNews.Pipeline;

/// <summary>
/// The content hashes of input files as the up-to-date check found them. A later stage asking
/// for a file's hash gets it only while the file still has the size and write time the check
/// saw (ingest rewrites Markdown after the check; such a file is read again), so ingest and
/// load need not read and hash ten thousand unchanged files a second and third time.
/// </summary>
public sealed class InputHashes
{
    private readonly Dictionary<string, FileStamp> _byPath = new(StringComparer.Ordinal);

    public static InputHashes None { get; } = new();

    private InputHashes()
    {
    }

    /// <param name="stamps">Stamps as <see cref="InputFingerprint"/> makes them ("input/…", "theme/…").</param>
    public InputHashes(string inputFolder, IEnumerable<FileStamp> stamps)
    {
        foreach (var stamp in stamps)
            if (stamp.Path.StartsWith("input/", StringComparison.Ordinal))
                _byPath[Path.GetFullPath(Path.Combine(inputFolder, stamp.Path["input/".Length..]))] = stamp;
    }

    /// <summary>The file's content hash, or null when it is unknown or the file changed since.</summary>
    public string? Of(string file)
    {
        if (!_byPath.TryGetValue(Path.GetFullPath(file), out var stamp)) return null;
        var info = new FileInfo(file);
        return info.Exists && info.Length == stamp.Size && info.LastWriteTimeUtc.Ticks == stamp.WrittenTicks ? stamp.Hash : null;
    }
}
