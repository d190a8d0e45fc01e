namespace StaticNews.Text;

/// <summary>
/// A word of running text. <paramref name="SentenceStart"/> marks the first word of a sentence,
/// where Danish capitalises any word.
/// </summary>
public readonly record struct Token(string Text, int Start, bool SentenceStart)
{
    public int End => Start + Text.Length;

    /// <summary>Starts with a capital letter and is not a compound with a lower-case tail ("Venstre-borgmester").</summary>
    public bool IsCapitalised
    {
        get
        {
            if (Text.Length == 0 || !char.IsUpper(Text[0])) return false;
            var hyphen = Text.IndexOf('-');
            return hyphen < 0 || hyphen + 1 >= Text.Length || !char.IsLower(Text[hyphen + 1]) || IsAllCaps;
        }
    }

    /// <summary>An acronym such as "KLM" or "SUN-AIR".</summary>
    public bool IsAllCaps
    {
        get
        {
            // A loop, not LINQ over the string: the recogniser asks this of every token.
            if (Text.Length < 2) return false;
            var letters = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c)) return false;
                letters |= char.IsLetter(c);
            }
            return letters;
        }
    }
}
