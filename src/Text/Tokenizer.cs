namespace StaticNews.Text;

/// <summary>
/// Splits running Danish text into words: letters (æøå and every other script), digits, and
/// the hyphens, apostrophes and dots inside a word ("Nagorno-Karabakh", "3.241"). Tracks
/// sentence starts so callers can tell a capital that marks a name from one that opens a sentence.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentenceStart = true;
        var joined = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i))) i++;
                tokens.Add(new Token(text[start..i], start, sentenceStart, joined && !sentenceStart));
                sentenceStart = false;
                joined = true;
                continue;
            }

            if (c is '.' or '!' or '?' or ':' or '…')
            {
                sentenceStart = NextLetterIsUpper(text, i + 1);
                joined = false;
            }
            else if (c == '-' && IsLineStartDash(text, i))
            {
                sentenceStart = true;
                joined = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                joined = false;
            }
            i++;
        }
        return tokens;
    }

    // A hyphen, apostrophe or dot belongs to the word when a letter or digit follows it directly.
    private static bool IsInnerJoiner(string text, int i)
        => text[i] is '-' or '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
           && !(text[i] == '.' && char.IsUpper(text[i + 1]));

    private static bool IsLineStartDash(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] == ' ') j--;
        return j < 0 || text[j] == '\n';
    }

    private static bool NextLetterIsUpper(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (char.IsLetterOrDigit(text[j])) return char.IsUpper(text[j]) || char.IsDigit(text[j]);
            if (text[j] is not (' ' or '"' or '”' or '«' or '»' or '\'' or '(' or '-' or '–' or '\n')) return false;
        }
        return false;
    }
}
