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
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            var joined = false;
            while (i < text.Length)
            {
                if (IsWordChar(text[i])) { i++; continue; }
                if (i + 1 < text.Length && IsJoiner(text[i - 1], text[i], text[i + 1])) { joined = true; i++; continue; }
                break;
            }
            yield return new Word(text[start..i], start, joined);
        }
    }

    /// <summary>The index terms of a text, in order, a joined word followed by its parts' terms.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        foreach (var word in Words(text))
        {
            if (word.IsJoined)
            {
                yield return DanishStemmer.Stem(word.Text.ToLowerInvariant());
                foreach (var part in Parts(word.Text))
                    if (TermOf(part) is { } partTerm) yield return partTerm;
            }
            else if (TermOf(word.Text) is { } term)
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

    private static IEnumerable<string> Parts(string joinedWord)
    {
        var start = 0;
        for (var i = 0; i <= joinedWord.Length; i++)
        {
            if (i < joinedWord.Length && IsWordChar(joinedWord[i])) continue;
            if (i > start) yield return joinedWord[start..i];
            start = i + 1;
        }
    }

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
