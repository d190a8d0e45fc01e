using System.Buffers.Binary;
using System.Security.Cryptography;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// A file's SHA-256 as the output manifest keeps it: the 32 bytes as four numbers, not the 64
/// characters of its hex form (which is what the manifest file holds). A manifest has an entry per
/// output file, hundreds of thousands in a large archive, held through the whole render.
/// </summary>
public readonly record struct FileHash(ulong A, ulong B, ulong C, ulong D)
{
    private const int HexLength = 64;

    public static FileHash Of(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return FromBytes(hash);
    }

    /// <summary>Reads the lower-case hex form (as <see cref="ToString"/> writes it); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out FileHash hash)
    {
        Span<ulong> words = stackalloc ulong[4];
        var read = HexWords.TryRead(hex, words);
        hash = read ? new FileHash(words[0], words[1], words[2], words[3]) : default;
        return read;
    }

    /// <summary>Reads the lower-case hex form as the UTF-8 bytes of a manifest line hold it; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> hex, out FileHash hash)
    {
        Span<ulong> words = stackalloc ulong[4];
        var read = HexWords.TryRead(hex, words);
        hash = read ? new FileHash(words[0], words[1], words[2], words[3]) : default;
        return read;
    }

    /// <summary>The lower-case hex form of the hash, into <paramref name="destination"/> (64 characters).</summary>
    public void Format(Span<char> destination) => HexWords.Write([A, B, C, D], destination);

    /// <summary>The lower-case hex form of the hash in UTF-8, into <paramref name="destination"/> (64 bytes).</summary>
    public void Format(Span<byte> destination) => HexWords.Write([A, B, C, D], destination);

    public override string ToString() => string.Create(HexLength, this, static (chars, hash) => hash.Format(chars));

    private static FileHash FromBytes(ReadOnlySpan<byte> bytes)
        => new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
}
