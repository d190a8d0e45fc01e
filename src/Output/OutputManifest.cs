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

    public Dictionary<string, Entry> Files { get; } = new(StringComparer.Ordinal);

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
        var manifest = new OutputManifest();
        try
        {
            // Fields cut from each line as spans: a line string and a split array per file were
            // the largest allocation of a rebuild (a line per output file).
            Span<Range> fields = stackalloc Range[5];
            var keyTexts = new Dictionary<string, string>(StringComparer.Ordinal);
            using var reader = new StreamReader(new MemoryStream(bytes, Format.Header.Length, bytes.Length - Format.Header.Length, writable: false), new UTF8Encoding(false));
            while (reader.ReadLine() is { } line)
            {
                var rest = line.AsSpan();
                if (rest.Split(fields, '\t') != 4) return null;
                if (!FileHash.TryParse(rest[fields[2]], out var hash)) return null;
                manifest.Files[rest[fields[0]].ToString()] = new Entry(long.Parse(rest[fields[1]], CultureInfo.InvariantCulture), hash,
                    OutputKey.Of(rest[fields[3]], keyTexts));
            }
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException)
        {
            return null;
        }
        return manifest;
    }

    /// <summary>Writes the file whole (<see cref="AtomicFile"/>): a killed build never leaves half a manifest.</summary>
    public void Write(string file)
    {
        var paths = Files.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        BuildCache.Write(file, Format, stream =>
        {
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
        });
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
