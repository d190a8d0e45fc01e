using System.Text;

namespace StaticNews.Caching;

/// <summary>
/// The header every file of the build cache starts with: one line naming what the file holds and
/// the version of its layout (<c>StaticNews up-to-date record v4</c>). A file of another kind or
/// version, one cut short before its header ends, or one written before headers, reads as no
/// cache: a change to a file's layout raises its version, and old caches are ignored, never misread.
/// </summary>
public sealed class CacheFormat
{
    private readonly byte[] _header;

    public CacheFormat(string kind, int version)
    {
        if (kind.Contains('\n', StringComparison.Ordinal)) throw new ArgumentException("a cache file's kind is one line", nameof(kind));
        Kind = kind;
        Version = version;
        _header = Encoding.UTF8.GetBytes($"StaticNews {kind} v{version}\n");
    }

    public string Kind { get; }

    public int Version { get; }

    /// <summary>The header's bytes, as they begin the file.</summary>
    public ReadOnlySpan<byte> Header => _header;

    public void WriteHeader(Stream stream) => stream.Write(_header);

    /// <summary>Whether <paramref name="file"/>'s bytes begin with this header.</summary>
    public bool Begins(ReadOnlySpan<byte> file) => file.StartsWith(_header);

    /// <summary>Reads the header from <paramref name="reader"/>: false when the bytes there are another header, or none.</summary>
    public bool ReadHeader(BinaryReader reader)
    {
        Span<byte> read = stackalloc byte[_header.Length];
        return reader.Read(read) == read.Length && read.SequenceEqual(_header);
    }

    public override string ToString() => $"{Kind} v{Version}";
}
