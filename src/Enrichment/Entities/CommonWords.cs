using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Everyday Danish words (data/lexicon, from the Snowball Danish vocabulary) plus the weekday
/// and month names a news text opens sentences with. A capitalised word that is one of these
/// is a sentence opener, not a name, unless the text shows it capitalised mid-sentence too.
/// </summary>
public sealed class CommonWords
{
    private static readonly string[] Calendar =
    [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
        "i", "på", "af", "for", "med", "til", "fra", "om", "efter", "under", "over", "ifølge", "mens", "men", "og", "eller",
    ];

    private readonly HashSet<string> _words;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsSpan;

    private CommonWords(HashSet<string> words)
    {
        _words = words;
        _wordsSpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(string word) => Contains(word.AsSpan());

    /// <summary>Whether the word, lower-cased, is a common word.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        // Lower-cased on the stack: asked of many tokens, this should make no string.
        if (word.Length > 256) return _words.Contains(InvariantLower.Of(word.ToString()));
        Span<char> lower = stackalloc char[word.Length];
        InvariantLower.Into(word, lower);
        return _wordsSpan.Contains(lower);
    }

    public static CommonWords LoadBundled()
    {
        using var text = BundledText.Open("danish-common-words.txt", "common-word list");
        var words = new HashSet<string>(text.MaxLines + Calendar.Length, StringComparer.Ordinal);
        foreach (var word in Calendar) words.Add(word);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        while (text.TryReadWord(out var word)) lookup.Add(word);
        return new CommonWords(words);
    }
}
