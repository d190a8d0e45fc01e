namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Names the Danish spelling dictionary knows as proper nouns but not as places: people's first
/// and family names, organisations, brands (data/lexicon/danish-proper-nouns.txt, from hunspell-da).
/// The entity tagger takes membership as evidence that a capitalised word is a name.
/// </summary>
public sealed class ProperNouns
{
    private readonly HashSet<string> _names;

    private ProperNouns(HashSet<string> names) => _names = names;

    public bool Contains(string word) => _names.Contains(word);

    public static ProperNouns LoadBundled()
    {
        var names = new HashSet<string>(BundledData.WordList("danish-proper-nouns.txt", "proper-noun list"), StringComparer.Ordinal);
        return new ProperNouns(names);
    }
}
