using System.Buffers.Text;
using System.Text;

namespace StaticNews.Output;

/// <summary>
/// Writes the lines <see cref="ManifestLineReader"/> reads, as UTF-8 bytes in memory: each field
/// is spelt straight into the bytes (a hash and a page key from their numbers), with no text
/// writer's characters in between. The bytes are a plain array grown by doubling rather than an
/// ArrayBufferWriter, whose code over bytes is not in the precompiled images and would run
/// unoptimised for a call or more per field.
/// </summary>
internal sealed class ManifestLineWriter(int capacity = 4096)
{
    // A tab, the size (at most 20 characters), a tab, the hash, a tab; the line's end.
    private const int SizeAndHash = 1 + 20 + 1 + 64 + 1;
    private const int LineEnd = 1;

    // Not cleared: only the bytes written are read back, and a large site's room (megabytes, each
    // line's at its most) would otherwise be cleared page by page, the unused end too.
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(capacity, 1));
    private int _length;

    /// <summary>The lines written so far.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes.AsMemory(0, _length);

    /// <summary>
    /// Room enough for the lines of files at <paramref name="paths"/> whose keys are page keys or
    /// none: a writer made with it is not grown as it fills (each line asks for the room its size
    /// could take at most, and this counts that much for each).
    /// </summary>
    public static int Room(IEnumerable<string> paths)
    {
        long room = 0;
        foreach (var path in paths) room += Encoding.UTF8.GetByteCount(path) + SizeAndHash + OutputKey.PageKeyLength + LineEnd;
        return (int)Math.Min(room, Array.MaxLength);
    }

    /// <summary>A line for a file: path, size, hash and key, tab-separated.</summary>
    public void Entry(string path, OutputManifest.Entry entry)
    {
        var line = Space(Encoding.UTF8.GetByteCount(path) + SizeAndHash + entry.Key.Utf8Length + LineEnd);
        var length = Encoding.UTF8.GetBytes(path, line);
        line[length++] = (byte)'\t';
        Utf8Formatter.TryFormat(entry.Size, line[length..], out var digits);
        length += digits;
        line[length++] = (byte)'\t';
        entry.Hash.Format(line.Slice(length, 64));
        length += 64;
        line[length++] = (byte)'\t';
        length += entry.Key.FormatUtf8(line[length..]);
        line[length++] = (byte)'\n';
        _length += length;
    }

    /// <summary>A line that is a path alone: the spare's difference names a file the spare lacks so.</summary>
    public void PathAlone(string path)
    {
        var line = Space(Encoding.UTF8.GetByteCount(path) + LineEnd);
        var length = Encoding.UTF8.GetBytes(path, line);
        line[length++] = (byte)'\n';
        _length += length;
    }

    /// <summary>At least <paramref name="size"/> bytes after those written, grown into if need be.</summary>
    private Span<byte> Space(int size)
    {
        if (_bytes.Length - _length < size) Array.Resize(ref _bytes, (int)Math.Min(Math.Max(2L * _bytes.Length, (long)_length + size), Array.MaxLength));
        return _bytes.AsSpan(_length);
    }
}
