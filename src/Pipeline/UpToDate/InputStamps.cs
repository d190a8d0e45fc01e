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
    /// anew, or dropped when they no longer exist; kept in the order the fingerprint takes them.
    /// </summary>
    public InputStamps With(string inputFolder, IEnumerable<string> changedFiles)
    {
        // The stamps are in ordinal path order ("input/…" sorts before "theme/…"): the few files
        // ingest wrote are put in their places by binary search, not the whole list sorted again.
        var stamps = Stamps.ToList();
        var changed = false;
        foreach (var file in changedFiles)
        {
            var path = "input/" + Path.GetRelativePath(inputFolder, file).Replace('\\', '/');
            var at = stamps.BinarySearch(new FileStamp(path, 0, 0, ""), ByPath);
            var info = new FileInfo(file);
            if (info.Exists)
            {
                var stamp = new FileStamp(path, info.Length, info.LastWriteTimeUtc.Ticks, Text.ContentHash.Of(File.ReadAllBytes(file)));
                if (at >= 0) stamps[at] = stamp;
                else stamps.Insert(~at, stamp);
            }
            else if (at >= 0) stamps.RemoveAt(at);
            changed = true;
        }
        return changed ? this with { Stamps = stamps } : this;
    }

    private static readonly IComparer<FileStamp> ByPath = Comparer<FileStamp>.Create((x, y) => string.CompareOrdinal(x.Path, y.Path));
}
