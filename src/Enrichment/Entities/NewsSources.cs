using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// News agencies quoted as the source of a statement ("siger hun til Ritzau", "oplyser Reuters",
/// "skriver nyhedsbureauet AFP"): such a mention tells where the news came from, not what it is
/// about, so it is no subject of the article unless the agency is named otherwise too.
/// </summary>
internal static class NewsSources
{
    private static readonly HashSet<string> Agencies = new(StringComparer.Ordinal)
    {
        "Ritzau", "Ritzaus Bureau", "Reuters", "AFP", "AP", "Associated Press", "DPA", "dpa", "Bloomberg", "TT", "NTB", "STT",
        "ANSA", "EFE", "Interfax", "Tass", "TASS", "Xinhua", "Kyodo", "Yonhap", "Anadolu", "Ukrinform", "RIA Novosti", "Agence France-Presse",
    };

    // Words around a name that make it the source of what is said: "... til Ritzau", "oplyser Reuters",
    // "ifølge AFP", "nyhedsbureauet AP", "(Ritzau)", "Reuters oplyser".
    private static readonly HashSet<string> Before = new(StringComparer.OrdinalIgnoreCase)
    {
        "til", "ifølge", "oplyser", "skriver", "melder", "rapporterer", "fortæller", "erfarer", "bekræfter", "citerer",
        "nyhedsbureauet", "nyhedsbureau", "bureauet", "(",
    };

    private static readonly HashSet<string> After = new(StringComparer.OrdinalIgnoreCase)
    {
        "oplyser", "skriver", "melder", "rapporterer", "erfarer", "citerer", ")",
    };

    public static bool IsAgency(string name) => Agencies.Contains(name);

    /// <summary>Whether tokens [start, end) of the sentence name an agency quoted as a source.</summary>
    public static bool IsQuotedSource(List<Token> sentence, int start, int end)
    {
        var name = TokenTexts.Joined(sentence, start, end - start);
        if (!IsAgency(name)) return false;
        return start > 0 && Before.Contains(sentence[start - 1].Text) || end < sentence.Count && After.Contains(sentence[end].Text);
    }
}
