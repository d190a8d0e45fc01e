using System.Text;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// Turns the bytes of a seed file into clean text: detects the encoding (BOMs, strict UTF-8,
/// otherwise Windows-1252 as old Danish archives use, with a warning), normalises newlines to
/// \n, no-break spaces to spaces, and Unicode to NFC so "å" is one code point wherever it came from.
/// Control characters (an escape from a terminal-coloured paste, C1 residue of a Windows-1252 file
/// read as Latin-1) are cleaned by <see cref="ControlCharacters"/>: no output format can hold them.
/// </summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes)
    {
        var (text, encoding, guessed) = DetectAndDecode(bytes);
        // Cleaned before NFC: a lone surrogate (UTF-16 cut mid-character) makes normalisation throw.
        var cleaned = ControlCharacters.Clean(UnifyLines(text));
        return new DecodedText(ToNfc(cleaned.Text), encoding, guessed, cleaned);
    }

    private static (string Text, string Encoding, bool Guessed) DetectAndDecode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (StrictOrReplace(bytes, 3), "UTF-8 (BOM)", false);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16LE (BOM)", false);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16BE (BOM)", false);
        switch (SeedSniffer.Utf16WithoutBom(bytes))
        {
            case "LE": return (Encoding.Unicode.GetString(bytes), "UTF-16LE (no BOM)", true);
            case "BE": return (Encoding.BigEndianUnicode.GetString(bytes), "UTF-16BE (no BOM)", true);
        }
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8", false);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252", true);
        }
    }

    private static string StrictOrReplace(byte[] bytes, int offset)
        => new UTF8Encoding(false, false).GetString(bytes, offset, bytes.Length - offset);

    private static string UnifyLines(string text)
        => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace("\uFEFF", "");

    // Text wholly below U+0300 (Latin, Danish letters included) is in NFC already: no character there
    // decomposes or combines with another (the combining marks start at U+0300). Asking ICU costs
    // a pass over every seed.
    private static string ToNfc(string text)
        => text.AsSpan().IndexOfAnyInRange('\u0300', '\uFFFF') < 0 || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
