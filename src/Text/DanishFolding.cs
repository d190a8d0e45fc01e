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
            if (SpelledOut(c) is { } spelling)
                builder.Append(spelling);
            else if (c == '\u030A' && builder.Length > 0 && builder[^1] is 'a' or 'A')
                builder.Append('a'); // å decomposes to a + ring above: the ring becomes the second a of "aa"
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Letters that do not decompose into a base letter and an accent, written out in ASCII.</summary>
    private static string? SpelledOut(char c) => c switch
    {
        'æ' => "ae",
        'Æ' => "Ae",
        'ø' => "oe",
        'Ø' => "Oe",
        'ß' => "ss",
        'ð' => "d",
        'þ' => "th",
        'ł' => "l",
        'Ł' => "L",
        'œ' => "oe",
        'Œ' => "Oe",
        _ => null,
    };

    /// <summary>
    /// Text of ASCII and the six Danish letters (nearly every name and slug of a Danish archive)
    /// folds without Unicode decomposition, which costs microseconds per call: null for anything else.
    /// </summary>
    private static string? TryFoldPlain(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c < 0x80) builder.Append(c);
            else if (c is 'å' or 'Å') builder.Append(c == 'å' ? 'a' : 'A').Append('a');
            else if (c is 'æ' or 'Æ' or 'ø' or 'Ø') builder.Append(SpelledOut(c));
            else return null;
        }
        return builder.ToString();
    }
}
