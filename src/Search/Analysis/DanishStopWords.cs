namespace StaticNews.Search.Analysis;

/// <summary>
/// The Snowball project's Danish stop words: words so common ("og", "at", "på") that indexing
/// them would fill every shard without telling articles apart. The list travels in the search
/// manifest, so the browser drops exactly the words the build left out.
/// </summary>
public static class DanishStopWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ad", "af", "alle", "alt", "anden", "at", "blev", "blive", "bliver", "da", "de", "dem", "den", "denne", "der",
        "deres", "det", "dette", "dig", "din", "disse", "dog", "du", "efter", "eller", "en", "end", "er", "et", "for",
        "fra", "ham", "han", "hans", "har", "havde", "have", "hende", "hendes", "her", "hos", "hun", "hvad", "hvis",
        "hvor", "i", "ikke", "ind", "jeg", "jer", "jo", "kunne", "man", "mange", "med", "meget", "men", "mig", "min",
        "mine", "mit", "mod", "ned", "noget", "nogle", "nu", "når", "og", "også", "om", "op", "os", "over", "på",
        "selv", "sig", "sin", "sine", "sit", "skal", "skulle", "som", "sådan", "thi", "til", "ud", "under", "var",
        "vi", "vil", "ville", "vor", "være", "været",
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>True for a lower-case stop word.</summary>
    public static bool Contains(string word) => Set.Contains(word);
}
