using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// A role word right before a name makes it a person's name: "general Zivota Panic", "trompetisten
/// Uli Beckerhoff", "kineseren Wan Shengwen", "producer Jermaine Dupri". The recogniser asks this of
/// a name of two or three words the tagger took for an organisation or a place.
/// </summary>
internal static class PersonRoles
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "general", "oberst", "major", "kaptajn", "premierløjtnant", "admiral", "producer", "dommer", "anklager", "forsvarer",
        "borgmester", "guvernør", "præsident", "kansler", "konge", "dronning", "prins", "prinsesse", "pave", "biskop", "præst",
        "professor", "dr.", "lektor", "forsker", "læge", "overlæge", "advokat", "journalist", "fotograf", "instruktør",
        "skuespiller", "forfatter", "digter", "komponist", "sanger", "sangerinde", "maler", "kunstner", "manager",
        "fru", "hr.", "frk.", "senator", "talsmand", "talskvinde", "ordfører", "formand", "direktør", "minister",
        "kong", "lady", "sir", "lord",
    };

    // Endings of role nouns, most in the definite form a Danish name follows ("trompetisten",
    // "kineseren", "partiformanden"). Not "leder", "spiller", "træner": also verbs ("spiller
    // Gorky Park i Ringsted").
    private static readonly string[] RoleEndings =
    [
        "isten", "eren", "mand", "manden", "chef", "chefen", "medlem", "medlemmet", "minister", "ministeren", "formand",
        "direktør", "direktøren", "præsident", "præsidenten", "lederen", "træneren", "spilleren",
    ];

    /// <summary>
    /// Whether a capitalised word is a title or role noun ("Fru", "Lady", "Dommeren", "Oberst"):
    /// standing at the edge of a person's name, it is no part of the name.
    /// </summary>
    public static bool IsTitle(string word, CommonWords commonWords)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i])) return false;
        // Asked of the edges of every person's name: lower-cased on the stack, no string.
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var lower = buffer[..InvariantLower.Into(word, buffer)];
        // A role ending alone could end a family name ("-mand"); the word must be an everyday one too.
        return RoleWords.Contains(lower) || IsRole(lower) && commonWords.Contains(lower);
    }

    /// <summary>Whether the word before tokens starting at <paramref name="start"/> is a role noun.</summary>
    public static bool HasRoleBefore(List<Token> sentence, int start)
    {
        if (start == 0) return false;
        var word = sentence[start - 1].Text;
        return word.Length >= 3 && char.IsLower(word[0]) && IsRole(word);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsRole(ReadOnlySpan<char> word)
    {
        if (RoleWords.Contains(word)) return true;
        foreach (var ending in RoleEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
