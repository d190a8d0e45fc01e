using System.IO.Enumeration;
using System.Text;
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
    public static (string Fingerprint, IReadOnlyList<FileStamp> Stamps)? Of(BuildOptions options, TimeZoneInfo zone, InputStamps? trusted = null)
        => Stamp(options, trusted) is { } stamps ? (Of(options, zone, stamps), stamps) : null;

    /// <summary>
    /// Every input file's stamp, in the order the fingerprint takes them; a file is read and hashed
    /// unless <paramref name="trusted"/> holds its stamp at the same size and write time, a write
    /// time well before those stamps were taken. Null when some file could not be read.
    /// </summary>
    public static IReadOnlyList<FileStamp>? Stamp(BuildOptions options, InputStamps? trusted)
    {
        var paths = options.Paths;
        var known = trusted?.Stamps.ToDictionary(s => s.Path, StringComparer.Ordinal) ?? [];
        var trustedBefore = trusted == null ? DateTime.MinValue : trusted.TakenAt - RacyWindow;
        var stamps = new List<FileStamp>();
        try
        {
            foreach (var (label, root) in new[] { ("input", paths.Input), ("theme", paths.Theme) })
            {
                if (!Directory.Exists(root)) continue;
                var files = Listed(label, root);
                var stamped = new FileStamp[files.Count];
                Parallel.For(0, files.Count, i =>
                {
                    var file = files[i];
                    stamped[i] = !file.Link && known.TryGetValue(file.Path, out var stamp) && stamp.Size == file.Size && stamp.WrittenTicks == file.WrittenTicks && file.WrittenTicks < trustedBefore.Ticks
                        ? stamp
                        : new FileStamp(file.Path, file.Size, file.WrittenTicks, ContentHash.Of(Configuration.RegularFile.ReadAllBytes(file.FullPath)));
                });
                stamps.AddRange(stamped);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            return null;
        }
        return stamps;
    }

    private sealed record ListedFile(string Path, string FullPath, long Size, long WrittenTicks, bool Link);

    /// <summary>
    /// Every file under <paramref name="root"/>, by ordinal path ("label/relative/path"), with the
    /// size and write time the listing gives: one stat per file, no FileInfo, and the top-level
    /// folders (seeds/ and articles/, 10,000 files each at 10,000 articles) walked in parallel,
    /// so the inputs are listed in about the time the system takes to stat them. Links are
    /// listed as the recursive walk always listed them (their size and time are the target's)
    /// and always read.
    /// </summary>
    private static List<ListedFile> Listed(string label, string root)
    {
        var full = System.IO.Path.GetFullPath(root).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var prefix = full.Length + 1;
        List<ListedFile> Walk(string start, bool recurse)
            => new FileSystemEnumerable<ListedFile>(start, (ref FileSystemEntry entry) =>
            {
                var path = entry.ToFullPath();
                return new ListedFile(label + "/" + path[prefix..].Replace('\\', '/'), path, entry.Length, entry.LastWriteTimeUtc.UtcTicks,
                    entry.Attributes.HasFlag(FileAttributes.ReparsePoint));
            }, recurse ? AllFiles : TopFiles) { ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory }.ToList();
        var files = Walk(full, recurse: false);
        var folders = Directory.EnumerateDirectories(full, "*", TopFiles).ToList();
        var parts = new List<ListedFile>[folders.Count];
        Parallel.For(0, folders.Count, i => parts[i] = Walk(folders[i], recurse: true));
        foreach (var part in parts) files.AddRange(part);
        files.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return files;
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
            text.Write($"generator {typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId}\n");
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
