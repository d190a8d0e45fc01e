namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// The stamps of every input file as the up-to-date check took them at <see cref="TakenAt"/>,
/// brought up to date with the files ingest wrote since (<see cref="With"/>): the record stage
/// saves these instead of walking and stamping ten thousand inputs a second time.
/// </summary>
public sealed record InputStamps(DateTime TakenAt, IReadOnlyList<FileStamp> Stamps)
{
    /// <summary>
    /// These stamps with the given files (full paths under <paramref name="inputFolder"/>) stamped
    /// anew, or dropped when they no longer exist.
    /// </summary>
    public InputStamps With(string inputFolder, IEnumerable<string> changedFiles)
    {
        var changed = changedFiles.Select(file => (Path: "input/" + Path.GetRelativePath(inputFolder, file).Replace('\\', '/'), File: file)).ToArray();
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
        var stamps = Stamps.Where(stamp => !byPath.ContainsKey(stamp.Path)).Concat(byPath.Values.OfType<FileStamp>()).ToList();
        stamps.Sort(ByPath);
        return this with { Stamps = stamps };
    }

    private static readonly IComparer<FileStamp> ByPath = Comparer<FileStamp>.Create((x, y) => string.CompareOrdinal(x.Path, y.Path));
}
