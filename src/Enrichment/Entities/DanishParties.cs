namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The parties of the Danish parliament (Folketinget) and of the Faroese and Greenlandic seats in
/// it, by the names the news uses. The tagger learnt from news of the 1990s, before most of these
/// parties existed ("Moderaterne", "Danmarksdemokraterne"), and a party's name is often an
/// everyday word ("Venstre", "Alternativet"), so the recogniser is told them rather than left to guess.
/// </summary>
internal static class DanishParties
{
    private static readonly string[][] Names = new[]
    {
        "Socialdemokratiet", "Socialdemokraterne", "Venstre", "Moderaterne", "Danmarksdemokraterne", "SF",
        "Socialistisk Folkeparti", "Liberal Alliance", "Det Konservative Folkeparti", "De Konservative", "Konservative",
        "Enhedslisten", "Radikale Venstre", "Det Radikale Venstre", "De Radikale", "Radikale", "Dansk Folkeparti",
        "Alternativet", "Nye Borgerlige", "Borgernes Parti", "Kristendemokraterne", "Frie Grønne", "Siumut",
        "Inuit Ataqatigiit", "Naleraq", "Atassut", "Javnaðarflokkurin", "Sambandsflokkurin", "Fólkaflokkurin",
    }.Select(n => n.Split(' ')).ToArray();

    // By first word: asked at every token of every sentence, nearly all of which start no party's name.
    private static readonly Dictionary<string, string[][]> ByFirstWord = Names.GroupBy(n => n[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>How many of the tokens from <paramref name="start"/> name a party (the longest name); 0 if none.</summary>
    public static int LengthAt(IReadOnlyList<string> tokens, int start)
    {
        if (start >= tokens.Count || !ByFirstWord.TryGetValue(tokens[start], out var names)) return 0;
        var longest = 0;
        foreach (var name in names)
        {
            if (name.Length <= longest || start + name.Length > tokens.Count) continue;
            var matches = true;
            for (var k = 1; k < name.Length && matches; k++) matches = tokens[start + k] == name[k];
            if (matches) longest = name.Length;
        }
        return longest;
    }
}
