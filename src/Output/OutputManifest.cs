using System.Buffers.Text;
using System.Globalization;
using System.Text;
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
    /// <param name="storedHash">The hash of <paramref name="bytes"/> when the caller has worked it out, else null.</param>
    public static OutputManifest? Parse(byte[] bytes, string? storedHash = null)
    {
        if (!Format.Begins(bytes)) return null;
        ReadOnlySpan<byte> body = bytes.AsSpan(Format.Header.Length);
        // Sized for its lines at once: grown by doubling, the table of a large site's manifest was copied a dozen times.
        var manifest = new OutputManifest(body.Count((byte)'\n')) { StoredHash = storedHash };
        var reader = new LineReader();
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
    /// Reads a manifest's lines, one at a time: the same lines make the spare's difference
    /// (<see cref="SpareDifference"/>). Lines are cut from the UTF-8 bytes as spans: only each
    /// path becomes a string (a line string per file would be a rebuild's largest allocation),
    /// and a key's text is made once however many lines name it.
    /// </summary>
    internal sealed class LineReader
    {
        private readonly char[] _hex = new char[64];
        private readonly char[] _key = new char[128];
        private readonly TextPool _keyTexts = new();

        /// <summary>The path and entry of a line (path, size, hash and key, tab-separated), or false when it is not one.</summary>
        public bool TryEntry(ReadOnlySpan<byte> line, out string path, out Entry entry)
        {
            path = "";
            entry = default;
            try
            {
                if (!TryField(ref line, out var pathBytes) || !TryField(ref line, out var size) || !TryField(ref line, out var hash)
                    || line.Contains((byte)'\t')) return false;
                if (!Utf8Parser.TryParse(size, out long length, out var consumed) || consumed != size.Length || length < 0) return false;
                if (hash.Length != _hex.Length || Encoding.ASCII.GetChars(hash, _hex) != _hex.Length || !FileHash.TryParse(_hex, out var fileHash)) return false;
                path = Utf8.GetString(pathBytes);
                entry = new Entry(length, fileHash, OutputKey.Of(line.Length <= _key.Length ? _key.AsSpan(0, Utf8.GetChars(line, _key)) : Utf8.GetString(line), _keyTexts));
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        /// <summary>A line that is a path alone (no tab), or false when it is not one.</summary>
        public static bool TryPath(ReadOnlySpan<byte> line, out string path)
        {
            path = "";
            if (line.IsEmpty || line.Contains((byte)'\t')) return false;
            try
            {
                path = Utf8.GetString(line);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
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

    /// <summary>
    /// Writes the file whole (<see cref="AtomicFile"/>: a killed build never leaves half a
    /// manifest), from <paramref name="made"/> when made ahead by <see cref="Lines"/>, and
    /// remembers the file's hash as <see cref="StoredHash"/>.
    /// </summary>
    public void Write(string file, MadeLines? made = null)
    {
        made ??= Lines();
        BuildCache.Write(file, Format, stream => stream.Write(made.Bytes.Span));
        StoredHash = made.FileHash;
    }

    /// <summary>
    /// The file's lines made in memory, with the hash the file will have, to be written by
    /// <see cref="Write"/>: a commit makes them on another core while it moves the changed files into place.
    /// </summary>
    public MadeLines Lines()
    {
        var lines = new MemoryStream();
        using (var writer = new LineWriter(lines))
        {
            var paths = Files.Keys.ToArray();
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths) writer.Entry(path, Files[path]);
        }
        var bytes = new ReadOnlyMemory<byte>(lines.GetBuffer(), 0, (int)lines.Length);
        return new MadeLines(bytes, ContentHash.Of(Format.Header, bytes.Span));
    }

    /// <summary>A manifest file's lines (after its header), and the hash of the whole file they make.</summary>
    public sealed record MadeLines(ReadOnlyMemory<byte> Bytes, string FileHash);

    /// <summary>Writes a manifest's lines (<see cref="LineReader"/> reads them), into a stream left open.</summary>
    internal sealed class LineWriter(Stream stream) : IDisposable
    {
        private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        private readonly char[] _size = new char[20];
        private readonly char[] _hash = new char[64];

        /// <summary>A line for a file: path, size, hash and key, tab-separated.</summary>
        public void Entry(string path, Entry entry)
        {
            entry.Size.TryFormat(_size, out var length, default, CultureInfo.InvariantCulture);
            _writer.Write(path);
            _writer.Write('\t');
            _writer.Write(_size.AsSpan(0, length));
            _writer.Write('\t');
            entry.Hash.Format(_hash);
            _writer.Write(_hash);
            _writer.Write('\t');
            entry.Key.WriteTo(_writer);
            _writer.Write('\n');
        }

        /// <summary>A line that is a path alone.</summary>
        public void PathAlone(string path)
        {
            _writer.Write(path);
            _writer.Write('\n');
        }

        public void Dispose() => _writer.Dispose();
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
