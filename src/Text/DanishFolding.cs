using System.Globalization;
using System.Text;

namespace StaticNews.Text;

/// <summary>
/// Folds text to ASCII the way a Danish reader expects: æ, ø, å become ae, oe, aa (the
/// spellings Danes themselves use without those keys); every other accent is dropped.
/// </summary>
public static class DanishFolding
{
    public static string ToAscii(string text)
    {
        if (TryFoldPlain(text) is { } plain) return plain;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("Ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'Ø': builder.Append("Oe"); break;
                case 'ß': builder.Append("ss"); break;
                case 'ð': builder.Append('d'); break;
                case 'þ': builder.Append("th"); break;
                case 'ł': builder.Append('l'); break;
                case 'Ł': builder.Append('L'); break;
                case 'œ': builder.Append("oe"); break;
                case 'Œ': builder.Append("Oe"); break;
                case '\u030A' when builder.Length > 0 && builder[^1] is 'a' or 'A':
                    // å decomposes to a + ring above: the ring becomes the second a of "aa".
                    builder.Append('a');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                        builder.Append(c);
                    break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Text of ASCII and the six Danish letters (nearly every name and slug of a Danish archive)
    /// folds without Unicode decomposition, which costs microseconds per call: null for anything else.
    /// </summary>
    private static string? TryFoldPlain(string text)
    {
        var extra = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (c is 'æ' or 'Æ' or 'ø' or 'Ø' or 'å' or 'Å') extra++;
            else return null;
        }
        if (extra == 0) return text;
        return string.Create(text.Length + extra, text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                var (first, second) = c switch
                {
                    'æ' => ('a', 'e'),
                    'Æ' => ('A', 'e'),
                    'ø' => ('o', 'e'),
                    'Ø' => ('O', 'e'),
                    'å' => ('a', 'a'),
                    'Å' => ('A', 'a'),
                    _ => (c, '\0'),
                };
                span[at++] = first;
                if (second != '\0') span[at++] = second;
            }
        });
    }
}
