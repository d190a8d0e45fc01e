using System.Buffers.Text;
using System.Globalization;
using System.Text;
using StaticNews.Caching;

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

    public static OutputManifest? TryRead(string file)
    {
        try
        {
            return File.Exists(file) ? Parse(File.ReadAllBytes(file)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A manifest from the bytes of its file, or null when they are not one.</summary>
    public static OutputManifest? Parse(byte[] bytes)
    {
        if (!Format.Begins(bytes)) return null;
        ReadOnlySpan<byte> body = bytes.AsSpan(Format.Header.Length);
        // Sized for its lines at once: grown by doubling, the table of a large site's manifest
        // was copied a dozen times, and it is read twice in a build (output/'s and the spare's).
        var manifest = new OutputManifest(body.Count((byte)'\n'));
        // Lines are cut from the UTF-8 bytes as spans: only each path becomes a string. (A line
        // string per file was the largest allocation of a rebuild.)
        Span<char> hex = stackalloc char[64];
        Span<char> key = stackalloc char[128];
        var keyTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            while (!body.IsEmpty)
            {
                var end = body.IndexOf((byte)'\n');
                var line = end < 0 ? body : body[..end];
                body = end < 0 ? default : body[(end + 1)..];
                if (!TryField(ref line, out var path) || !TryField(ref line, out var size) || !TryField(ref line, out var hash)
                    || line.Contains((byte)'\t')) return null;
                if (!Utf8Parser.TryParse(size, out long length, out var consumed) || consumed != size.Length || length < 0) return null;
                if (hash.Length != hex.Length || Encoding.ASCII.GetChars(hash, hex) != hex.Length || !FileHash.TryParse(hex, out var fileHash)) return null;
                manifest.Files[Utf8.GetString(path)] = new Entry(length, fileHash, OutputKey.Of(line.Length <= key.Length ? key[..Utf8.GetChars(line, key)] : Utf8.GetString(line), keyTexts));
            }
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return manifest;
    }

    // Strict: a path that is not UTF-8 means the file is damaged, not a name to guess at.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Cuts the field before the next tab off <paramref name="line"/>; false when there is no tab.</summary>
    private static bool TryField(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> field)
    {
        var tab = line.IndexOf((byte)'\t');
        field = tab < 0 ? default : line[..tab];
        line = tab < 0 ? line : line[(tab + 1)..];
        return tab >= 0;
    }

    /// <summary>Writes the file whole (<see cref="AtomicFile"/>): a killed build never leaves half a manifest.</summary>
    public void Write(string file) => BuildCache.Write(file, Format, WriteLines);

    /// <summary>
    /// The file's lines made in memory, to be written later by <see cref="Write(string, MemoryStream)"/>:
    /// a commit makes them on another core while it moves the changed files into place.
    /// </summary>
    public MemoryStream Lines()
    {
        var lines = new MemoryStream();
        WriteLines(lines);
        return lines;
    }

    /// <summary>Writes the file whole from lines made by <see cref="Lines"/>.</summary>
    public static void Write(string file, MemoryStream lines)
        => BuildCache.Write(file, Format, stream => stream.Write(lines.GetBuffer(), 0, (int)lines.Length));

    /// <summary>A line per file, in ordinal order of path: path, size, hash and key, tab-separated.</summary>
    private void WriteLines(Stream stream)
    {
        var paths = Files.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        Span<char> size = stackalloc char[20];
        Span<char> hash = stackalloc char[64];
        foreach (var path in paths)
        {
            var entry = Files[path];
            entry.Size.TryFormat(size, out var length, default, CultureInfo.InvariantCulture);
            writer.Write(path);
            writer.Write('\t');
            writer.Write(size[..length]);
            writer.Write('\t');
            entry.Hash.Format(hash);
            writer.Write(hash);
            writer.Write('\t');
            entry.Key.WriteTo(writer);
            writer.Write('\n');
        }
    }

    /// <summary>
    /// True when every file the manifest names is in output/ at its size: one stat per file and
    /// no folder read, cheaper than <see cref="Describes"/>, which also walks output/ for files
    /// added beside them.
    /// </summary>
    public bool FilesAreIn(string output)
    {
        var root = Path.GetFullPath(output);
        foreach (var (path, entry) in Files)
        {
            var file = new FileInfo(Path.Combine(root, path));
            if (!file.Exists || file.Length != entry.Size) return false;
        }
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
