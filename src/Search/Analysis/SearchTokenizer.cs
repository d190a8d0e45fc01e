using System.Globalization;
using System.Text;

namespace StaticNews.Search.Analysis;

/// <summary>
/// Cuts text into the words search indexes, and words into index terms. The rules are few and
/// mirrored by theme/assets/search-analysis.js, so a query meets the terms the build wrote:
/// <list type="bullet">
/// <item>a word is a run of letters (æøå and every other script), digits and combining marks;</item>
/// <item>a hyphen or apostrophe between two such characters joins a word ("Nagorno-Karabakh");
/// a dot or comma joins only digits ("150.000", "2,5"), so numbers stay whole;</item>
/// <item>a joined word is indexed whole and by each of its parts, so "Nagorno" finds it too;</item>
/// <item>terms are lower case (NFC), stemmed with <see cref="DanishStemmer"/>, stop words left out.</item>
/// </list>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>A word of the text: where it stands and how many parts its joiners split it into.</summary>
    public readonly record struct Word(string Text, int Start, bool IsJoined);

    public static IEnumerable<Word> Words(string text)
    {
        text = text.Normalize(NormalizationForm.FormC);
        for (var word = NextWord(text, 0); word.Start < text.Length; word = NextWord(text, word.End))
            yield return new Word(text[word.Start..word.End], word.Start, word.Joined);
    }

    /// <summary>
    /// The next word at or after <paramref name="from"/>: where it starts and ends, and whether
    /// joiners hold it together. Start is the text's length when no word is left.
    /// </summary>
    private static (int Start, int End, bool Joined) NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i])) i++;
        var start = i;
        var joined = false;
        while (i < text.Length)
        {
            if (IsWordChar(text[i])) { i++; continue; }
            if (i + 1 < text.Length && IsJoiner(text[i - 1], text[i], text[i + 1])) { joined = true; i++; continue; }
            break;
        }
        return (start, i, joined);
    }

    /// <summary>The index terms of a text, in order, a joined word followed by its parts' terms.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        // The same walk as Words, but by position: a word already met is looked up without a string being made for it.
        text = text.Normalize(NormalizationForm.FormC);
        for (var word = NextWord(text, 0); word.Start < text.Length; word = NextWord(text, word.End))
        {
            var (start, i, joined) = word;
            if (joined)
            {
                yield return WordTermCache.Current.JoinedTermOf(text.AsSpan(start, i - start));
                var partStart = start;
                for (var j = start; j <= i; j++)
                {
                    if (j < i && IsWordChar(text[j])) continue;
                    if (j > partStart && WordTermCache.Current.TermOf(text.AsSpan(partStart, j - partStart)) is { } partTerm) yield return partTerm;
                    partStart = j + 1;
                }
            }
            else if (WordTermCache.Current.TermOf(text.AsSpan(start, i - start)) is { } term)
            {
                yield return term;
            }
        }
    }

    /// <summary>The term of one unjoined word, or null for a stop word.</summary>
    public static string? TermOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return DanishStopWords.Contains(lower) ? null : DanishStemmer.Stem(lower);
    }

    /// <summary>The term of a joined word as a whole: stemmed, and kept even where it spells a stop word.</summary>
    internal static string JoinedTermOf(string word) => DanishStemmer.Stem(word.ToLowerInvariant());

    internal static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsJoiner(char before, char c, char after)
        => c switch
        {
            '-' or '\'' or '’' => IsWordChar(before) && IsWordChar(after),
            '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
            _ => false,
        };
}
