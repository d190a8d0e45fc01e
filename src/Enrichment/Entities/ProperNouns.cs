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

    private static readonly Lazy<ProperNouns> BundledList = new(LoadBundled);

    /// <summary>The bundled list, loaded once per process.</summary>
    internal static ProperNouns Bundled => BundledList.Value;

    public static ProperNouns LoadBundled()
    {
        using var text = BundledText.Open("danish-proper-nouns.txt", "proper-noun list");
        var names = new HashSet<string>(text.MaxLines, StringComparer.Ordinal);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        while (text.TryReadWord(out var name)) lookup.Add(name);
        return new ProperNouns(names);
    }
}
