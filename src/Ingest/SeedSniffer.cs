namespace StaticNews.Ingest;

/// <summary>
/// Tells a text file from junk saved as .txt (images, archives, binaries) before decoding it,
/// so such a file is reported with a reason instead of becoming an article of mojibake.
/// </summary>
public static class SeedSniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ];

    /// <summary>The largest seed taken as an article: wire texts are kilobytes; a larger file is a dump or junk.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Null when the bytes look like text; otherwise what they look like instead.</summary>
    public static string? WhyNotText(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
            return $"is {bytes.Length / (1024 * 1024.0):0.0} MB, more than the {MaxBytes / (1024 * 1024)} MB a wire article can be (split it, or check it is an article)";
        foreach (var (magic, kind) in Signatures)
            if (bytes.AsSpan().StartsWith(magic)) return $"is {kind}, not a text file";

        var isUtf16 = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        if (isUtf16 || Utf16WithoutBom(bytes) != null) return null;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return "holds NUL bytes: a binary file, not text";
            if (b < 0x09 || b is > 0x0D and < 0x20) controls++;
        }
        return sample.Length > 0 && controls * 20 > sample.Length ? "holds mostly control characters, not text" : null;
    }

    /// <summary>
    /// UTF-16 text saved without a byte-order mark shows as a NUL in every other byte: in the
    /// odd positions for little-endian Latin text, the even ones for big-endian. Returns
    /// "LE", "BE" or null.
    /// </summary>
    public static string? Utf16WithoutBom(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 8192) & ~1;
        if (length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < length; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var pairs = length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs) return "LE";
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 < pairs) return "BE";
        return null;
    }
}
