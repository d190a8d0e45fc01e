using StaticNews.Text;

namespace StaticNews.Enrichment;

/// <summary>
/// Tells Danish text from English by its function words ("og", "ikke", "på" against "the", "and",
/// "of") and by the letters æ, ø and å, which English never writes. Short, common, unambiguous
/// words decide a news paragraph within a sentence or two; words both languages write ("for",
/// "under", "over", "at", "han") or that are words of the other ("i", "men") count for neither. Undecided (too little text, or as much of
/// one as of the other): <c>null</c>.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> Danish = new(StringComparer.Ordinal)
    {
        "og", "er", "det", "til", "på", "af", "ikke", "som", "med", "har", "der", "den", "et", "hun", "var", "vil", "kan",
        "efter", "om", "siger", "fra", "også", "blev", "skal", "ved", "sig", "når", "ud", "nu", "være", "været", "hvor",
        "eller", "mod", "dem", "sit", "sine", "deres", "hans", "hendes", "mellem", "får", "går", "jeg", "vi", "skriver",
        "oplyser", "ifølge", "hvis", "meget", "ingen", "andre", "både", "bliver", "havde", "kunne", "ville",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "that", "on", "with", "was", "as", "by", "he", "she", "it", "from", "are",
        "has", "have", "his", "her", "said", "will", "be", "an", "this", "which", "not", "but", "who", "they", "their", "were",
        "been", "would", "could", "after", "about", "than", "into", "its", "also", "had", "we", "or", "when", "there", "what",
        "says", "told", "more", "new", "against", "between", "other",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DanishWords = Danish.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"da", "en", or null when the text does not decide.</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        int danish = 0, english = 0;
        // Each word lower-cased into one buffer: an article's every word, so no string per word.
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0) start = i;
                else if (!letter && start >= 0)
                {
                    var word = text.AsSpan(start, i - start);
                    ReadOnlySpan<char> lower = word.Length <= buffer.Length
                        ? buffer[..InvariantLower.Into(word, buffer)]
                        : InvariantLower.Of(word.ToString());
                    if (DanishWords.Contains(lower)) danish++;
                    else if (EnglishWords.Contains(lower)) english++;
                    if (lower.IndexOfAny("æøå") >= 0) danish++;
                    start = -1;
                }
            }
        }
        // A few words of the other language (a quoted English title, a Danish place name) must
        // not tip the balance: the winner needs three words and twice the other's count.
        if (danish >= 3 && danish >= 2 * english) return "da";
        if (english >= 3 && english >= 2 * danish) return "en";
        return null;
    }
}
