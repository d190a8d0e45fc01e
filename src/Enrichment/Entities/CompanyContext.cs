using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Words around a name that make it a company, not a person: a company noun as its head
/// ("flyselskabet Ryanair", "selskaber som Ryanair") or referring back to it in the same sentence
/// ("Cimber Sterling ... og selskabet præsterer"), or coordination with an organisation
/// ("KLM og Lufthansa"). The recogniser asks this only of a "person" without a given name.
/// </summary>
internal static class CompanyContext
{
    // Definite forms, also as the tail of a compound ("flyselskabet", "mediekoncernen"). Not the
    // indefinite "selskab": "i selskab med" is "together with" a person.
    private static readonly string[] DefiniteNouns = ["selskabet", "koncernen", "firmaet", "virksomheden", "rederiet"];

    // Plurals that introduce examples: "selskaber som Ryanair", "flyselskaberne som".
    private static readonly string[] PluralNouns = ["selskaber", "selskaberne", "koncerner", "firmaer", "virksomheder", "rederier"];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "og", "eller", "," };

    /// <summary>Whether a company noun heads tokens [start, end) of the sentence or refers back to them later in it.</summary>
    public static bool HasCompanyNoun(List<Token> sentence, int start, int end)
    {
        if (start > 0 && IsDefiniteNoun(sentence[start - 1].Text)) return true;
        if (start > 1 && sentence[start - 1].Text is "som" or "såsom" && EndsWithAny(sentence[start - 2].Text.ToLowerInvariant(), PluralNouns)) return true;
        for (var k = end; k < sentence.Count; k++)
            if (IsDefiniteNoun(sentence[k].Text)) return true;
        return false;
    }

    /// <summary>Whether tokens [start, end) are coordinated ("og", "eller", a comma) with tokens [otherStart, otherEnd) of the same sentence.</summary>
    public static bool AreCoordinated(List<Token> sentence, int start, int end, int otherStart, int otherEnd)
        => otherEnd + 1 == start && Connectors.Contains(sentence[otherEnd].Text)
           || end + 1 == otherStart && Connectors.Contains(sentence[end].Text);

    private static bool IsDefiniteNoun(string word) => EndsWithAny(word.ToLowerInvariant(), DefiniteNouns);

    private static bool EndsWithAny(string word, string[] tails)
    {
        foreach (var tail in tails)
            if (word.EndsWith(tail, StringComparison.Ordinal)) return true;
        return false;
    }
}
