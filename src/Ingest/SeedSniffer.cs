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

    /// <summary>Null when the bytes look like text; otherwise what they look like instead.</summary>
    public static string? WhyNotText(byte[] bytes)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.AsSpan().StartsWith(magic)) return $"is {kind}, not a text file";

        var isUtf16 = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        if (isUtf16) return null;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return "holds NUL bytes: binary, or UTF-16 without a byte-order mark";
            if (b < 0x09 || b is > 0x0D and < 0x20) controls++;
        }
        return sample.Length > 0 && controls * 20 > sample.Length ? "holds mostly control characters, not text" : null;
    }
}
