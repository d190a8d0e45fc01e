using System.Text;
using StaticNews.Caching;

namespace StaticNews.Output;

/// <summary>
/// What the spare (<see cref="SpareOutput"/>) holds, written as its difference from output/'s
/// manifest: each path where the spare's file is not output/'s (with the spare's entry, or none
/// where the spare lacks the path), and the manifest it is relative to, named by its file's hash
/// (<see cref="OutputManifest.StoredHash"/>). The spare is one build behind output/, so the two
/// differ only in what the last build wrote or removed: a few lines, where a whole manifest of the
/// spare would be as large as output/'s, to read, parse and walk at every commit.
/// Stored as the cache header, the manifest's hash, then a line per path in ordinal order: a
/// manifest's line (<see cref="ManifestLineReader"/>) for a file, the path alone for none.
/// </summary>
internal sealed class SpareDifference
{
    private static readonly CacheFormat Format = new("spare difference", 1);

    private readonly Dictionary<string, OutputManifest.Entry?> _paths;

    private SpareDifference(string relativeTo, Dictionary<string, OutputManifest.Entry?> paths)
    {
        RelativeTo = relativeTo;
        _paths = paths;
    }

    /// <summary>The hash of the file of the output manifest this difference is from.</summary>
    public string RelativeTo { get; }

    /// <summary>Each path where the spare differs from output/: the spare's entry, or null where the spare has no file there.</summary>
    public IReadOnlyDictionary<string, OutputManifest.Entry?> Paths => _paths;

    /// <summary>The paths of <see cref="Paths"/>, in no order (copied as <see cref="OutputManifest.AllPaths"/> copies its own).</summary>
    public string[] AllPaths()
    {
        var paths = new string[_paths.Count];
        _paths.Keys.CopyTo(paths, 0);
        return paths;
    }

    /// <summary>A spare that holds exactly what output/ holds, as its manifest (of <paramref name="relativeTo"/>) says.</summary>
    public static SpareDifference None(string relativeTo) => new(relativeTo, new(StringComparer.Ordinal));

    /// <summary>
    /// A spare holding the site <paramref name="previous"/> describes, beside an output/ that a
    /// build changed by writing or removing <paramref name="changed"/> (and no other path): the
    /// previous entries of those paths, relative to the new manifest (<paramref name="relativeTo"/>).
    /// </summary>
    public static SpareDifference Behind(OutputManifest previous, IEnumerable<string> changed, string relativeTo)
    {
        var paths = new Dictionary<string, OutputManifest.Entry?>(StringComparer.Ordinal);
        foreach (var path in changed)
            paths[path] = previous.Files.TryGetValue(path, out var entry) ? entry : null;
        return new(relativeTo, paths);
    }

    /// <summary>The same difference from another manifest of the same files in the same bytes (one whose keys alone changed).</summary>
    public SpareDifference From(string relativeTo) => new(relativeTo, _paths);

    /// <summary>What the spare holds at <paramref name="path"/>, beside an output/ that <paramref name="output"/> describes; false where it has no file.</summary>
    public bool TryGetHeld(OutputManifest output, string path, out OutputManifest.Entry entry)
    {
        if (!_paths.TryGetValue(path, out var held)) return output.Files.TryGetValue(path, out entry);
        entry = held.GetValueOrDefault();
        return held.HasValue;
    }

    /// <summary>The difference in <paramref name="file"/>, or null when there is none or it is not one.</summary>
    public static SpareDifference? TryRead(string file)
    {
        if (BuildCache.TryRead(file, Format) is not { } bytes) return null;
        ReadOnlySpan<byte> body = bytes;
        var end = body.IndexOf((byte)'\n');
        if (end <= 0) return null;
        var relativeTo = Encoding.ASCII.GetString(body[..end]);
        body = body[(end + 1)..];
        var paths = new Dictionary<string, OutputManifest.Entry?>(StringComparer.Ordinal);
        var reader = new ManifestLineReader();
        while (!body.IsEmpty)
        {
            end = body.IndexOf((byte)'\n');
            if (end < 0) return null; // cut short: every line ends
            var line = body[..end];
            body = body[(end + 1)..];
            if (reader.TryEntry(line, out var path, out var entry)) paths[path] = entry;
            else if (ManifestLineReader.TryPath(line, out path)) paths[path] = null;
            else return null;
        }
        return new(relativeTo, paths);
    }

    /// <summary>Writes the file whole (<see cref="AtomicFile"/>): it is the spare's proof of being whole, never half of one.</summary>
    public void Write(string file)
        => BuildCache.Write(file, Format, stream =>
        {
            stream.Write(Encoding.ASCII.GetBytes(RelativeTo + "\n"));
            var lines = new ManifestLineWriter();
            var paths = AllPaths();
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (_paths[path] is { } entry) lines.Entry(path, entry);
                else lines.PathAlone(path);
            }
            stream.Write(lines.Bytes.Span);
        });
}
