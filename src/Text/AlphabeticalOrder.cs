using System.Globalization;

namespace StaticNews.Text;

/// <summary>
/// Names alphabetically in a language, letter case ignored: exactly the order of
/// <c>CompareInfo.Compare(a, b, CompareOptions.IgnoreCase)</c> in the culture (Danish puts Æ, Ø,
/// Å after Z), without the cost the runtime puts on the first such comparison of a process.
/// </summary>
/// <remarks>
/// On ICU, IgnoreCase alone still tells kana types and character widths apart, and the runtime
/// does that by compiling a collator from the language's rules plus rules of its own naming kana
/// and the halfwidth and fullwidth forms: tens of milliseconds of CPU before the first
/// comparison. With IgnoreKanaType and IgnoreWidth as well it copies the language's collator
/// instead. The two orders differ only where one of the strings holds a character of the blocks
/// those rules name (<see cref="HoldsKanaOrWidthForm"/>), so such comparisons take the exact
/// options and all others the cheap ones: the costly collator is made only when a name of those
/// blocks is compared.
/// </remarks>
public sealed class AlphabeticalOrder(CultureInfo culture) : IComparer<string>
{
    private const CompareOptions Exact = CompareOptions.IgnoreCase;
    private const CompareOptions KanaAndWidthIgnored = CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    private readonly CompareInfo _compare = culture.CompareInfo;

    public int Compare(string? x, string? y)
        => _compare.Compare(x, y, HoldsKanaOrWidthForm(x) || HoldsKanaOrWidthForm(y) ? Exact : KanaAndWidthIgnored);

    /// <summary>
    /// True when <paramref name="text"/> holds a character of CJK Symbols and Punctuation, Hiragana,
    /// Katakana, Hangul Compatibility Jamo or Halfwidth and Fullwidth Forms: the blocks of every
    /// character the runtime's kana and width rules name, but for the ASCII characters and the few
    /// signs (¢, £, ¥, ₩, …) they set the fullwidth forms after, whose own order they leave as it is.
    /// </summary>
    public static bool HoldsKanaOrWidthForm(string? text)
    {
        if (text == null) return false;
        foreach (var c in text)
        {
            if (c is >= '\u3000' and <= '\u30FF' or >= '\u3130' and <= '\u318F' or >= '\uFF00' and <= '\uFFEF') return true;
        }
        return false;
    }
}
