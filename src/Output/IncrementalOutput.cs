using System.IO.Enumeration;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// Writes a build into output/ touching only what changed, with the same guarantee as a full
/// rewrite: output/ is at every moment either the whole previous site or the whole new one.
///
/// Changed files go to <c>output.pending/</c> as they are rendered (nothing is held in memory).
/// When the build is complete, a staging folder is made of hard links to the unchanged files of
/// output/ plus the pending files, and swapped in for output/ by <see cref="StagedOutput"/>
/// (two renames, recovered at the next start if killed between them). A hard link is a new
/// name, not a copy: making the staging folder costs one system call per file, and no file of
/// output/ is ever modified in place, so a killed build leaves it untouched. When nothing
/// changed, nothing is written at all.
///
/// The manifest of what output/ holds lives in the cache folder. It is written as
/// <c>manifest.next</c> before the swap and renamed after it, so a build killed in between
/// leaves a <c>manifest.next</c> behind; the next build then trusts neither and rewrites all.
/// </summary>
public sealed class IncrementalOutput : IPreviousOutput
{
    private readonly string _output;
    private readonly StagedOutput _staged;
    private readonly string _manifestFile;
    private readonly string _nextManifestFile;
    private readonly OutputManifest? _previous;
    private readonly OutputManifest _next = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <param name="outputUnchanged">
    /// True when the caller has just proved output/ is what the manifest describes (the
    /// up-to-date check compares output/'s listing with the record), so it need not be walked again.
    /// </param>
    public IncrementalOutput(string output, string cacheFolder, bool outputUnchanged = false)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _staged = new StagedOutput(_output);
        _manifestFile = ManifestPathIn(cacheFolder);
        _nextManifestFile = _manifestFile + ".next";
        _staged.RecoverInterruptedSwap();
        if (File.Exists(_nextManifestFile))
        {
            File.Delete(_nextManifestFile);
            if (File.Exists(_manifestFile)) File.Delete(_manifestFile);
        }
        var previous = OutputManifest.TryRead(_manifestFile);
        _previous = previous != null && (outputUnchanged || previous.Describes(_output)) ? previous : null;
        DeleteIfExists(PendingFolder);
        Directory.CreateDirectory(PendingFolder);
    }

    public string PendingFolder => _output + ".pending";

    public static string ManifestPathIn(string cacheFolder) => Path.Combine(cacheFolder, "output.manifest");

    /// <summary>
    /// A hash of output/'s listing (every file's path and size), or null when a build was
    /// interrupted there. Equal listings, taken after a build and now, mean nobody added, removed
    /// or resized a file of output/ in between: one directory walk, no file read.
    /// </summary>
    public static string? ListingHash(string output, string cacheFolder)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(ManifestPathIn(cacheFolder) + ".next") || Directory.Exists(output + ".pending")
            || Directory.Exists(new StagedOutput(output).StagingFolder) || !Directory.Exists(output)) return null;
        var root = output + Path.DirectorySeparatorChar;
        // An article is a folder: the walk opens tens of thousands of them, so the top-level
        // folders are walked in parallel, and each entry becomes its line straight from the
        // directory listing (no FileInfo, no full path string per file).
        var lines = new System.Collections.Concurrent.ConcurrentBag<string>();
        void Walk(string folder, bool recurse)
        {
            var entries = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => Line(ref entry, root.Length),
                new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0 })
            { ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory };
            foreach (var line in entries) lines.Add(line);
        }
        Walk(root, recurse: false);
        Parallel.ForEach(Directory.EnumerateDirectories(root, "*", new EnumerationOptions { AttributesToSkip = 0 }), folder => Walk(folder, recurse: true));
        return HashOfListing(lines.ToArray());
    }

    /// <summary>
    /// The listing hash output/ has once this build is committed, worked out from the manifest:
    /// output/ then holds exactly its files, so it need not be walked again to be recorded.
    /// </summary>
    public string CommittedListingHash()
        => HashOfListing(_next.Files.Select(f => f.Key + "\t" + f.Value.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    private static string HashOfListing(string[] lines)
    {
        Array.Sort(lines, StringComparer.Ordinal);
        return ContentHash.Of(string.Join("\n", lines));
    }

    private static string Line(ref FileSystemEntry entry, int rootLength)
    {
        var folder = entry.Directory.Length > rootLength ? entry.Directory[rootLength..] : [];
        var size = entry.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var line = folder.IsEmpty ? string.Concat(entry.FileName, "\t", size) : string.Concat(folder, "/", entry.FileName, "\t" + size);
        return Path.DirectorySeparatorChar == '/' ? line : line.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The hash of the manifest file's bytes, or null when there is none.</summary>
    public static string? ManifestHash(string cacheFolder)
    {
        var manifestFile = ManifestPathIn(cacheFolder);
        return File.Exists(manifestFile) ? ContentHash.Of(File.ReadAllBytes(manifestFile)) : null;
    }

    /// <summary>False on a first build, or when output/ no longer matches what the last build left.</summary>
    public bool HasPrevious => _previous != null;

    public int Written { get; private set; }
    public int Removed { get; private set; }
    public int Files => _next.Files.Count;

    public bool CanReuse(string path, string key)
        => _previous != null && _previous.Files.TryGetValue(path, out var entry) && entry.Key == key;

    /// <summary>Takes one file of the new build; called from one thread at a time.</summary>
    public void Add(OutputFile file)
    {
        if (file.Reused)
        {
            if (_previous == null || !_previous.Files.TryGetValue(file.Path, out var kept))
                throw new InvalidOperationException($"'{file.Path}' was to be kept from the previous build, which does not have it");
            _next.Files[file.Path] = kept;
            return;
        }
        var hash = ContentHash.Of(file.Content);
        _next.Files[file.Path] = new OutputManifest.Entry(file.Content.Length, hash, file.Key);
        if (_previous != null && _previous.Files.TryGetValue(file.Path, out var old) && old.Hash == hash && old.Size == file.Content.Length)
            return;
        var target = SafeOutputPath.Resolve(PendingFolder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Content);
        _pending.Add(file.Path);
        Written++;
    }

    /// <summary>Makes the new build output/ (or leaves output/ alone when no byte changed).</summary>
    public void Commit()
    {
        Removed = _previous == null ? 0 : _previous.Files.Keys.Count(p => !_next.Files.ContainsKey(p));
        if (_previous != null && Written == 0 && Removed == 0)
        {
            DeleteIfExists(PendingFolder);
            _next.Write(_manifestFile);
            return;
        }

        _staged.Begin();
        if (_previous == null)
        {
            Directory.Delete(_staged.StagingFolder);
            Directory.Move(PendingFolder, _staged.StagingFolder);
        }
        else
        {
            // One system call or two per file, tens of thousands of files: a top-level folder per core.
            var byFolder = _next.Files.Keys.GroupBy(p => p.IndexOf('/') is > 0 and var slash ? p[..slash] : "", StringComparer.Ordinal).ToList();
            Parallel.ForEach(byFolder, paths =>
            {
                var made = new HashSet<string>(StringComparer.Ordinal);
                foreach (var path in paths)
                {
                    var target = SafeOutputPath.Resolve(_staged.StagingFolder, path);
                    var folder = Path.GetDirectoryName(target)!;
                    if (made.Add(folder)) Directory.CreateDirectory(folder);
                    if (_pending.Contains(path)) File.Move(SafeOutputPath.Resolve(PendingFolder, path), target);
                    else HardLink.CreateOrCopy(SafeOutputPath.Resolve(_output, path), target);
                }
            });
            DeleteIfExists(PendingFolder);
        }
        _next.Write(_nextManifestFile);
        _staged.Commit();
        File.Move(_nextManifestFile, _manifestFile, overwrite: true);
    }

    /// <summary>Drops what a failed build wrote; output/ and the manifest stay as they were.</summary>
    public void Abandon()
    {
        DeleteIfExists(PendingFolder);
        _staged.Abandon();
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
