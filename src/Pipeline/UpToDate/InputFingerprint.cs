using System.IO.Enumeration;
using System.Text;
using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// One hash of everything a build reads: every file under input/ (seeds, articles, site.yml,
/// places.yml, layout and asset overrides) and under the theme, by path and content, plus the
/// command-line options, the time zone's rules and the generator build. Equal fingerprints mean
/// the build would make the same site again, so it need not run (see
/// <see cref="Stages.UpToDateStage"/>). Content decides, not timestamps: a fresh clone in CI has
/// new timestamps but the same bytes. A file's size and write time only spare reading it again
/// when both are what the last fingerprint saw, and its write time lay well before that moment
/// (a file written in the same instant could change again without its time moving, the
/// "racy" case git knows too).
/// </summary>
public static class InputFingerprint
{
    private static readonly EnumerationOptions AllFiles = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
    private static readonly EnumerationOptions TopFiles = new() { AttributesToSkip = 0, IgnoreInaccessible = false };
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>The fingerprint and the stamps of the files it read, or null when some file could not be read (then the build runs).</summary>
    public static (string Fingerprint, InputStamps Stamps)? Of(BuildOptions options, TimeZoneInfo zone, InputStamps? trusted = null)
        => Stamp(options, trusted) is { } stamps ? (Of(options, zone, stamps.Stamps), stamps) : null;

    /// <summary>
    /// Every input file's stamp, in the order the fingerprint takes them, taken now; a file is read
    /// and hashed unless <paramref name="trusted"/> holds its stamp at the same size and write time,
    /// a write time well before those stamps were taken. With them, the folders under input/ when
    /// the walk met nothing a listing of one must look at more closely (see
    /// <see cref="InputStamps.Folders"/>). Null when some file could not be read.
    /// </summary>
    public static InputStamps? Stamp(BuildOptions options, InputStamps? trusted)
    {
        var takenAt = DateTime.UtcNow;
        var paths = options.Paths;
        var known = (trusted?.Stamps.ToDictionary(s => s.Path, StringComparer.Ordinal) ?? []).GetAlternateLookup<ReadOnlySpan<char>>();
        var trustedBefore = trusted == null ? DateTime.MinValue : trusted.TakenAt - RacyWindow;
        var stamps = new List<FileStamp>();
        List<string>? inputFolders = [];
        try
        {
            foreach (var (label, root) in new[] { ("input", paths.Input), ("theme", paths.Theme) })
            {
                if (!Directory.Exists(root)) continue;
                var (files, folders) = Listed(label, root, known, trustedBefore.Ticks);
                if (label == "input") inputFolders = files.Any(file => file.Link) ? null : folders;
                var full = System.IO.Path.GetFullPath(root);
                var stamped = new FileStamp[files.Count];
                Parallel.For(0, files.Count, i =>
                {
                    var file = files[i];
                    stamped[i] = file.Trusted ?? new FileStamp(file.Path, file.Size, file.WrittenTicks,
                        ContentHash.Of(Configuration.RegularFile.ReadAllBytes(StampPath.Full(full, file.Path))));
                });
                stamps.AddRange(stamped);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            return null;
        }
        return new InputStamps(takenAt, stamps) { Folders = inputFolders };
    }

    /// <summary>A file as the walk found it: its trusted stamp when it has one (then nothing of it is made anew), else what it takes to stamp it.</summary>
    private readonly record struct ListedFile(string Path, long Size, long WrittenTicks, bool Link, FileStamp? Trusted);

    /// <summary>
    /// Every file under <paramref name="root"/>, by ordinal path ("label/relative/path"), with the
    /// size and write time the listing gives: one stat per file, no FileInfo, and the top-level
    /// folders (seeds/ and articles/, 10,000 files each at 10,000 articles) walked in parallel,
    /// so the inputs are listed in about the time the system takes to stat them. A file whose
    /// stamp in <paramref name="known"/> is at its size and write time, a time before
    /// <paramref name="trustedBeforeTicks"/>, comes back as that stamp, found by its path spelt in
    /// a buffer: an unchanged archive's listing makes no string per file. Links are
    /// listed as the recursive walk always listed them (their size and time are the target's)
    /// and always read. Beside them, every folder under the root, or null when the walk met a
    /// linked folder or a name that is not valid UTF-8: then no listing is taken from this one.
    /// </summary>
    private static (List<ListedFile> Files, List<string>? Folders) Listed(string label, string root,
        Dictionary<string, FileStamp>.AlternateLookup<ReadOnlySpan<char>> known, long trustedBeforeTicks)
    {
        var full = System.IO.Path.GetFullPath(root).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var prefix = full.Length + 1;
        (List<ListedFile> Files, List<string>? Folders) Walk(string start, bool recurse)
        {
            List<string>? folders = [];
            var spelt = new char[256];
            var files = new FileSystemEnumerable<ListedFile>(start, (ref FileSystemEntry entry) =>
            {
                var link = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                var folder = entry.Directory.Length > full.Length ? entry.Directory[prefix..] : [];
                var length = StampPath.LengthOf(label, folder, entry.FileName);
                if (spelt.Length < length) spelt = new char[Math.Max(length, spelt.Length * 2)];
                var path = StampPath.Spell(label, folder, entry.FileName, spelt);
                var (size, ticks) = (entry.Length, entry.LastWriteTimeUtc.UtcTicks);
                if (!link && known.TryGetValue(path, out var stamp) && stamp.Size == size && stamp.WrittenTicks == ticks && ticks < trustedBeforeTicks)
                    return new ListedFile(stamp.Path, size, ticks, link, stamp);
                return new ListedFile(path.ToString(), size, ticks, link, null);
            }, recurse ? AllFiles : TopFiles)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                {
                    if (!entry.IsDirectory) return true;
                    // Folders are few: looking at each one's attributes costs next to nothing.
                    if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.FileName.Contains('\uFFFD')) folders = null;
                    else folders?.Add(StampPath.Of(label, full, entry.ToFullPath()));
                    return false;
                },
            }.ToList();
            if (files.Any(file => file.Path.Contains('\uFFFD'))) folders = null;
            return (files, folders);
        }
        var (all, allFolders) = Walk(full, recurse: false);
        var top = Directory.EnumerateDirectories(full, "*", TopFiles).ToList();
        var parts = new (List<ListedFile> Files, List<string>? Folders)[top.Count];
        Parallel.For(0, top.Count, i => parts[i] = Walk(top[i], recurse: true));
        for (var i = 0; i < top.Count; i++)
        {
            all.AddRange(parts[i].Files);
            if (allFolders == null || parts[i].Folders is not { } folders) allFolders = null;
            else allFolders.AddRange(folders);
        }
        all.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        allFolders?.Sort(StringComparer.Ordinal);
        return (all, allFolders);
    }

    /// <summary>
    /// The fingerprint of inputs already stamped, in the order <see cref="Stamp"/>
    /// takes them (input/ then theme/, each by ordinal path): the record stage updates the check's
    /// stamps with what ingest wrote instead of walking the inputs again.
    /// </summary>
    public static string Of(BuildOptions options, TimeZoneInfo zone, IReadOnlyList<FileStamp> stamps)
    {
        var paths = options.Paths;
        // The lines are hashed as they are written, through a buffer: as one text they were
        // megabytes built, copied and encoded on every build at 10,000 articles.
        using var sha = System.Security.Cryptography.SHA256.Create();
        using (var hashed = new System.Security.Cryptography.CryptoStream(Stream.Null, sha, System.Security.Cryptography.CryptoStreamMode.Write))
        using (var text = new StreamWriter(hashed, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            text.Write($"generator {GeneratorBuild.Id}\n");
            text.Write($"options {options.BaseUrl} {options.IncludeDrafts} {paths.Theme}\n");
            text.Write($"zone {zone.ToSerializedString()}\n");
            foreach (var stamp in stamps)
            {
                text.Write(stamp.Path);
                text.Write(' ');
                text.Write(stamp.Hash);
                text.Write('\n');
            }
        }
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
