using System.IO.Enumeration;
using System.Text;
using StaticNews.Caching;
using StaticNews.Search.Incremental;
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
        var known = new Known(trusted);
        var fresh = new List<FileStamp>();
        List<string>? inputFolders = [];
        try
        {
            foreach (var (label, root) in new[] { ("input", paths.Input), ("theme", paths.Theme) })
            {
                if (!Directory.Exists(root)) continue;
                var (files, folders, link) = Listed(label, root, known);
                if (label == "input") inputFolders = link ? null : folders;
                var full = System.IO.Path.GetFullPath(root);
                var stamped = new FileStamp[files.Count];
                Parallel.For(0, files.Count, i =>
                {
                    var file = files[i];
                    stamped[i] = new FileStamp(file.Path, file.Size, file.WrittenTicks,
                        ContentHash.Of(Configuration.RegularFile.ReadReusing(StampPath.Full(full, file.Path))));
                });
                fresh.AddRange(stamped);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            return null;
        }
        return new InputStamps(takenAt, known.MergedWith(fresh)) { Folders = inputFolders };
    }

    /// <summary>
    /// A file the walk must stamp anew: not trusted, or a link. A class, not a struct: the
    /// framework's generic code over a class is shared and precompiled, where over a struct of ours
    /// it is compiled at every start (the walk, its list and its sort would run as unoptimised code).
    /// </summary>
    private sealed record ListedFile(string Path, long Size, long WrittenTicks);

    /// <summary>
    /// The stamps a walk may trust, by path, and which of them the walk found still at their size
    /// and write time: those are kept as they are, in their order, and make nothing anew.
    /// </summary>
    private sealed class Known
    {
        private readonly IReadOnlyList<FileStamp> _stamps;
        private readonly Dictionary<string, int> _index;
        private readonly bool[] _found;

        public Known(InputStamps? trusted)
        {
            _stamps = trusted?.Stamps ?? [];
            _index = new Dictionary<string, int>(_stamps.Count, StringComparer.Ordinal);
            for (var i = 0; i < _stamps.Count; i++) _index[_stamps[i].Path] = i;
            _found = new bool[_stamps.Count];
            Lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
            TrustedBeforeTicks = trusted == null ? DateTime.MinValue.Ticks : (trusted.TakenAt - RacyWindow).Ticks;
        }

        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        private long TrustedBeforeTicks { get; }

        /// <summary>
        /// True, and the stamp kept, when <paramref name="path"/> has a trusted stamp at this size
        /// and write time, a time before the racy window. Walks of different folders call this at
        /// once: each marks only its own files.
        /// </summary>
        public bool Keep(ReadOnlySpan<char> path, long size, long ticks)
        {
            if (!Lookup.TryGetValue(path, out var at)) return false;
            var stamp = _stamps[at];
            if (stamp.Size != size || stamp.WrittenTicks != ticks || ticks >= TrustedBeforeTicks) return false;
            _found[at] = true;
            return true;
        }

        /// <summary>
        /// The kept stamps and <paramref name="fresh"/> in one ordinal order. Both are in it already
        /// (the trusted stamps as the fingerprint took them, the fresh ones as the walk sorted them),
        /// so they are merged, not sorted; trusted stamps out of order (a damaged record) are
        /// sorted after all.
        /// </summary>
        public FileStamp[] MergedWith(List<FileStamp> fresh)
        {
            var kept = 0;
            foreach (var found in _found) if (found) kept++;
            var merged = new FileStamp[kept + fresh.Count];
            var (i, j, at) = (0, 0, 0);
            var ordered = true;
            while (at < merged.Length)
            {
                while (i < _stamps.Count && !_found[i]) i++;
                var next = j == fresh.Count || (i < _stamps.Count && string.CompareOrdinal(_stamps[i].Path, fresh[j].Path) < 0) ? _stamps[i++] : fresh[j++];
                if (at > 0 && string.CompareOrdinal(merged[at - 1].Path, next.Path) >= 0) ordered = false;
                merged[at++] = next;
            }
            if (!ordered) Array.Sort(merged, (x, y) => string.CompareOrdinal(x.Path, y.Path));
            return merged;
        }
    }

    /// <summary>
    /// Every file under <paramref name="root"/> that <paramref name="known"/> does not keep, by
    /// ordinal path ("label/relative/path"), with the size and write time the listing gives: one
    /// statx per plain file, relative to its folder held open (<see cref="OpenFolder"/>), no
    /// FileInfo, and the top-level folders (seeds/ and articles/, 10,000 files
    /// each at 10,000 articles) walked in parallel, so the inputs are listed in about the time the
    /// system takes to stat them. A kept file is looked up by its path spelt in a buffer: an
    /// unchanged archive's walk makes nothing per file. Links are listed as the recursive walk
    /// always listed them (their size and time are the target's, as the walk's entry gives them) and always read. Beside them,
    /// every folder under the root, or null when the walk met a linked folder or a name that is
    /// not valid UTF-8: then no listing is taken from this one; and whether it met a linked file.
    /// </summary>
    private static (List<ListedFile> Files, List<string>? Folders, bool Link) Listed(string label, string root, Known known)
    {
        var full = System.IO.Path.GetFullPath(root).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var prefix = full.Length + 1;
        (List<ListedFile> Files, List<string>? Folders, bool Link) Walk(string start, bool recurse)
        {
            List<string>? folders = [];
            var link = false;
            var spelt = new char[256];
            var length = 0;
            var (size, ticks) = (0L, 0L);
            using var open = new OpenFolder();
            var files = new FileSystemEnumerable<ListedFile>(start,
                (ref FileSystemEntry entry) => new ListedFile(new string(spelt, 0, length), size, ticks),
                recurse ? AllFiles : TopFiles)
            {
                // Decides each entry, and spells its path and takes its size and time for the transform that follows when it is kept.
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                {
                    if (entry.IsDirectory)
                    {
                        // Folders are few: looking at each one's attributes costs next to nothing.
                        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.FileName.Contains('\uFFFD')) folders = null;
                        else folders?.Add(StampPath.Of(label, full, entry.ToFullPath()));
                        return false;
                    }
                    if (entry.FileName.Contains('\uFFFD')) folders = null;
                    var isLink = false;
                    if (!open.TryPlainFile(entry.Directory, entry.FileName, out size, out ticks))
                    {
                        isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                        (size, ticks) = (entry.Length, entry.LastWriteTimeUtc.UtcTicks);
                    }
                    link |= isLink;
                    var folder = entry.Directory.Length > full.Length ? entry.Directory[prefix..] : [];
                    length = StampPath.LengthOf(label, folder, entry.FileName);
                    if (spelt.Length < length) spelt = new char[Math.Max(length, spelt.Length * 2)];
                    var path = StampPath.Spell(label, folder, entry.FileName, spelt);
                    return isLink || !known.Keep(path, size, ticks);
                },
            }.ToList();
            return (files, folders, link);
        }
        var (all, allFolders, anyLink) = Walk(full, recurse: false);
        var top = Directory.EnumerateDirectories(full, "*", TopFiles).ToList();
        var parts = new (List<ListedFile> Files, List<string>? Folders, bool Link)[top.Count];
        Parallel.For(0, top.Count, i => parts[i] = Walk(top[i], recurse: true));
        foreach (var (files, folders, link) in parts)
        {
            all.AddRange(files);
            anyLink |= link;
            if (allFolders == null || folders == null) allFolders = null;
            else allFolders.AddRange(folders);
        }
        all.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        allFolders?.Sort(StringComparer.Ordinal);
        return (all, allFolders, anyLink);
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
        // megabytes built, copied and encoded on every build at 10,000 articles. Not through a
        // CryptoStream, whose writes run generic async code that no ReadyToRun image holds.
        using var hashed = new HashingStream(Stream.Null);
        using (var text = new StreamWriter(hashed, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true))
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
        return Convert.ToHexStringLower(hashed.Hash());
    }
}
