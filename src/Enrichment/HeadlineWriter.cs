namespace StaticNews.Enrichment;

/// <summary>
/// Draws a headline from a lead sentence: the first sentence if it is short enough, otherwise
/// cut before a clause or phrase boundary (a comma, "hvis", "i den", …) so it still reads as a
/// headline, never mid-phrase, never ending on a comma or a dangling "og".
/// </summary>
public static class HeadlineWriter
{
    public const int PreferredLength = 70;
    public const int MaxLength = 90;

    // Words a headline may be cut before: they open a subordinate clause or a trailing phrase.
    private static readonly HashSet<string> CutBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "hvis", "der", "som", "da", "når", "mens", "fordi", "efter", "selvom", "så", "men", "og", "eller",
        "i", "på", "ved", "under", "over", "fra", "med", "til", "for", "om", "mod", "uden", "siden", "inden",
    };

    private static readonly HashSet<string> NeverLast = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "eller", "men", "at", "der", "som", "en", "et", "den", "det", "de", "i", "på", "til", "for", "med", "af", "om",
    };

    public static string FromLead(string lead)
    {
        var sentence = FirstSentence(lead.Trim());
        if (sentence.Length <= PreferredLength) return TidyEnd(sentence);

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? best = null;
        var length = 0;
        for (var i = 0; i < words.Length; i++)
        {
            length += (i > 0 ? 1 : 0) + words[i].Length;
            if (length > MaxLength) break;
            var isBoundary = words[i].EndsWith(',') || (i + 1 < words.Length && CutBefore.Contains(words[i + 1]));
            // Prefer the longest cut within the preferred length; past it, only a comma will do.
            if (i >= 3 && isBoundary && (length <= PreferredLength || words[i].EndsWith(',')))
                best = string.Join(' ', words.Take(i + 1));
        }
        best ??= CutAtWord(sentence);
        return TidyEnd(best);
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2])
                && !(i >= 1 && char.IsDigit(text[i - 1])))
                return text[..(i + 1)];
        }
        return text;
    }

    private static string CutAtWord(string text)
    {
        var cut = text.LastIndexOf(' ', Math.Min(MaxLength, text.Length - 1));
        return cut > 0 ? text[..cut] : text[..Math.Min(MaxLength, text.Length)];
    }

    private static string TidyEnd(string headline)
    {
        var words = headline.TrimEnd('.', ',', ';', ':', ' ').Split(' ').ToList();
        while (words.Count > 3 && NeverLast.Contains(words[^1].TrimEnd(',')))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd(',', ';', ':', ' ');
    }
}
