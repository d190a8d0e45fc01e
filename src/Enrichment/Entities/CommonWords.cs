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

    private CommonWords(HashSet<string> words) => _words = words;

    public bool Contains(string word) => _words.Contains(word.ToLowerInvariant());

    public static CommonWords LoadBundled()
    {
        var words = new HashSet<string>(Calendar, StringComparer.Ordinal);
        words.UnionWith(BundledData.WordList("danish-common-words.txt", "common-word list"));
        return new CommonWords(words);
    }
}
