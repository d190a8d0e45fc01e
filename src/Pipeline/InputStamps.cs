namespace StaticNews.Pipeline;

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
        var byPath = Stamps.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var changed = false;
        foreach (var file in changedFiles)
        {
            var path = "input/" + Path.GetRelativePath(inputFolder, file).Replace('\\', '/');
            var info = new FileInfo(file);
            if (info.Exists) byPath[path] = new FileStamp(path, info.Length, info.LastWriteTimeUtc.Ticks, Text.ContentHash.Of(File.ReadAllBytes(file)));
            else byPath.Remove(path);
            changed = true;
        }
        // "input/…" sorts before "theme/…", so one ordinal sort gives input/ then theme/, each by path.
        return changed ? this with { Stamps = [.. byPath.Values.OrderBy(s => s.Path, StringComparer.Ordinal)] } : this;
    }
}
