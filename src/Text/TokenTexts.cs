namespace StaticNews.Text;

/// <summary>
/// The words of a run of tokens. Loops rather than LINQ: an iterator over <see cref="Token"/>, a
/// struct, is generic code that no ReadyToRun image holds, so the runtime would compile it in
/// every build that tags an article.
/// </summary>
public static class TokenTexts
{
    /// <summary>Each token's text, in order.</summary>
    public static List<string> Of(List<Token> tokens)
    {
        var texts = new List<string>(tokens.Count);
        foreach (var token in tokens) texts.Add(token.Text);
        return texts;
    }

    /// <summary>The texts of all the tokens, joined by single spaces.</summary>
    public static string Joined(List<Token> tokens) => Joined(tokens, 0, tokens.Count);

    /// <summary>The texts of tokens [start, start + count), joined by single spaces.</summary>
    public static string Joined(List<Token> tokens, int start, int count)
    {
        var texts = new string[count];
        for (var i = 0; i < count; i++) texts[i] = tokens[start + i].Text;
        return string.Join(' ', texts);
    }
}
