using System.Buffers.Binary;
using System.Security.Cryptography;

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
        hash = default;
        if (hex.Length != HexLength || !OutputKey.IsLowerHex(hex)) return false;
        Span<byte> bytes = stackalloc byte[32];
        if (Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32) return false;
        hash = FromBytes(bytes);
        return true;
    }

    /// <summary>The lower-case hex form of the hash, into <paramref name="destination"/> (64 characters).</summary>
    public void Format(Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], D);
        Convert.TryToHexStringLower(bytes, destination, out _);
    }

    public override string ToString() => string.Create(HexLength, this, static (chars, hash) => hash.Format(chars));

    private static FileHash FromBytes(ReadOnlySpan<byte> bytes)
        => new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
}
