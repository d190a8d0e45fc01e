using System.Buffers.Binary;

namespace StaticNews.Text;

/// <summary>
/// Hashes held as 64-bit words and written as their lower-case hex (most significant byte
/// first), the one form the caches' files name them in: 16 characters a word.
/// </summary>
public static class HexWords
{
    /// <summary>Reads <paramref name="hex"/> into <paramref name="words"/>; false unless it is exactly their length in lower-case hex.</summary>
    public static bool TryRead(ReadOnlySpan<char> hex, Span<ulong> words)
    {
        if (hex.Length != words.Length * 16) return false;
        foreach (var c in hex)
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f'))) return false;
        Span<byte> bytes = stackalloc byte[words.Length * 8];
        Convert.FromHexString(hex, bytes, out _, out _);
        for (var i = 0; i < words.Length; i++) words[i] = BinaryPrimitives.ReadUInt64BigEndian(bytes[(i * 8)..]);
        return true;
    }

    /// <summary>Writes <paramref name="words"/> as lower-case hex into the first 16 characters a word of <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<ulong> words, Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[words.Length * 8];
        for (var i = 0; i < words.Length; i++) BinaryPrimitives.WriteUInt64BigEndian(bytes[(i * 8)..], words[i]);
        Convert.TryToHexStringLower(bytes, destination, out _);
    }
}
