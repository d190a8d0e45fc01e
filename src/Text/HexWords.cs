namespace StaticNews.Text;

/// <summary>
/// Hashes held as 64-bit words and written as their lower-case hex (most significant byte
/// first), the one form the caches' files name them in: 16 characters a word, as UTF-16
/// characters or as the UTF-8 bytes of a file.
/// </summary>
/// <remarks>
/// Plain loops, not <see cref="Convert"/>'s hex: the framework's vectorised hex code is not taken
/// from its precompiled image on x64 machines of today but compiled at start as unoptimised JIT
/// code, which runs for the length of a build. These loops are precompiled with the rest of the
/// tool, and the output manifest reads and writes two hex words per output file, a page key one.
/// </remarks>
public static class HexWords
{
    private const string Digits = "0123456789abcdef";

    /// <summary>Reads <paramref name="hex"/> into <paramref name="words"/>; false unless it is exactly their length in lower-case hex.</summary>
    public static bool TryRead(ReadOnlySpan<char> hex, Span<ulong> words)
    {
        if (hex.Length != words.Length * 16) return false;
        var values = DigitValues;
        for (var i = 0; i < words.Length; i++)
        {
            ulong word = 0;
            uint refused = 0;
            foreach (var c in hex.Slice(i * 16, 16))
            {
                uint value = c <= 0xFF ? values[c] : None;
                refused |= value;
                word = (word << 4) | (value & 0xF);
            }
            if (refused > 0xF) return false;
            words[i] = word;
        }
        return true;
    }

    /// <summary>Reads the UTF-8 <paramref name="hex"/> into <paramref name="words"/>; false unless it is exactly their length in lower-case hex.</summary>
    public static bool TryRead(ReadOnlySpan<byte> hex, Span<ulong> words)
    {
        if (hex.Length != words.Length * 16) return false;
        var values = DigitValues;
        for (var i = 0; i < words.Length; i++)
        {
            ulong word = 0;
            uint refused = 0;
            foreach (var c in hex.Slice(i * 16, 16))
            {
                uint value = values[c];
                refused |= value;
                word = (word << 4) | (value & 0xF);
            }
            if (refused > 0xF) return false;
            words[i] = word;
        }
        return true;
    }

    /// <summary>Writes <paramref name="words"/> as lower-case hex into the first 16 characters a word of <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<ulong> words, Span<char> destination)
    {
        destination = destination[..(words.Length * 16)];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var into = destination.Slice(i * 16, 16);
            for (var at = 15; at >= 0; at--, word >>= 4) into[at] = Digits[(int)(word & 0xF)];
        }
    }

    /// <summary>Writes <paramref name="words"/> as lower-case hex in UTF-8 into the first 16 bytes a word of <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<ulong> words, Span<byte> destination)
    {
        destination = destination[..(words.Length * 16)];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var into = destination.Slice(i * 16, 16);
            for (var at = 15; at >= 0; at--, word >>= 4) into[at] = (byte)Digits[(int)(word & 0xF)];
        }
    }

    private const byte None = 0xFF;

    /// <summary>
    /// Each byte's value as a lower-case hex digit, <see cref="None"/> for any other: looked up
    /// rather than compared, because a hash's digits and letters come in no order a branch could
    /// learn, and a comparison per character was several times slower.
    /// </summary>
    private static ReadOnlySpan<byte> DigitValues =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ];
}
