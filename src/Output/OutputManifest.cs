using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// What output/ holds after a build: per file its size, content hash and the key it was made
/// from. It lets the next build skip making files whose inputs are unchanged and skip writing
/// files whose bytes are unchanged. Stored as tab-separated lines after the cache header, which
/// read fast at 100,000s of files. In memory the hash and key are held as numbers
/// (<see cref="FileHash"/>, <see cref="OutputKey"/>), not as their hex text: the manifest is
/// held through the whole render, an entry per output file.
/// </summary>
public sealed class OutputManifest
{
    private static readonly CacheFormat Format = new("output manifest", 2);

    public readonly record struct Entry(long Size, FileHash Hash, OutputKey Key);

    public Dictionary<string, Entry> Files { get; }

    public OutputManifest() => Files = new(StringComparer.Ordinal);

    /// <summary>An empty manifest with room for <paramref name="capacity"/> files.</summary>
    public OutputManifest(int capacity) => Files = new(capacity, StringComparer.Ordinal);

    /// <summary>
    /// The hash of the file's bytes (<see cref="ContentHash"/>) this manifest was read from or last
    /// written as, or null when it was neither: what the spare's difference names to prove it is
    /// relative to exactly this manifest (<see cref="SpareDifference"/>).
    /// </summary>
    public string? StoredHash { get; private set; }

    public static OutputManifest? TryRead(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            var bytes = File.ReadAllBytes(file);
            return Parse(bytes, ContentHash.Of(bytes));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A manifest from the bytes of its file, or null when they are not one.</summary>
    /// <param name="storedHash">The hash of <paramref name="bytes"/> (<see cref="ContentHash"/>), which the caller has worked out.</param>
    public static OutputManifest? Parse(byte[] bytes, string storedHash)
    {
        if (!Format.Begins(bytes)) return null;
        ReadOnlySpan<byte> body = bytes.AsSpan(Format.Header.Length);
        // Sized for its lines at once: grown by doubling, the table of a large site's manifest was copied a dozen times.
        var manifest = new OutputManifest(body.Count((byte)'\n')) { StoredHash = storedHash };
        var reader = new ManifestLineReader();
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? default : body[(end + 1)..];
            if (!reader.TryEntry(line, out var path, out var entry)) return null;
            manifest.Files[path] = entry;
        }
        return manifest;
    }

    /// <summary>
    /// Writes the file whole (<see cref="AtomicFile"/>: a killed build never leaves half a
    /// manifest) from <paramref name="lines"/>, made by <see cref="Lines"/>, and remembers the
    /// file's hash as <see cref="StoredHash"/>.
    /// </summary>
    public void Write(string file, ManifestLines lines)
    {
        BuildCache.Write(file, Format, stream => stream.Write(lines.Bytes.Span));
        StoredHash = lines.FileHash;
    }

    /// <summary>
    /// The paths of <see cref="Files"/>, in no order. Copied by the key collection itself: through
    /// LINQ or IEnumerable its code over <see cref="Entry"/>, a struct, is in no ReadyToRun image.
    /// </summary>
    public string[] AllPaths()
    {
        var paths = new string[Files.Count];
        Files.Keys.CopyTo(paths, 0);
        return paths;
    }

    /// <summary>The file's lines made in memory, with the hash the file will have, to be written by <see cref="Write"/>.</summary>
    public ManifestLines Lines()
    {
        var paths = AllPaths();
        Array.Sort(paths, StringComparer.Ordinal);
        var lines = new ManifestLineWriter(ManifestLineWriter.Room(paths));
        foreach (var path in paths) lines.Entry(path, Files[path]);
        return new ManifestLines(lines.Bytes, ContentHash.Of(Format.Header, lines.Bytes.Span));
    }

    /// <summary>
    /// True when every file the manifest names is in output/ at its size: one stat per file and
    /// no folder read, cheaper than <see cref="Describes"/>, which also walks output/ for files
    /// added beside them.
    /// </summary>
    public bool FilesAreIn(string output)
    {
        using var lengths = new FileLengths(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        foreach (var (path, entry) in Files)
            if (lengths.Of(path) != entry.Size) return false;
        return true;
    }

    /// <summary>
    /// True when output/ holds exactly the files the manifest names, with their sizes: the cheap
    /// proof (one directory walk, no reads) that nobody changed output/ by hand since.
    /// </summary>
    public bool Describes(string output)
    {
        if (!Directory.Exists(output)) return false;
        var root = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var count = 0;
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = info.FullName[root.Length..].Replace('\\', '/');
            if (!Files.TryGetValue(relative, out var entry) || entry.Size != info.Length) return false;
            count++;
        }
        return count == Files.Count;
    }
}
