namespace StaticNews.Text;

/// <summary>
/// Splits running Danish text into sentences of tokens the way Danish treebanks do, for the
/// entity tagger: punctuation marks are tokens of their own, while numbers ("3.241", "9,5"),
/// hyphenated words ("Nagorno-Karabakh"), "A/S", initials ("K.") and abbreviations ("bl.a.",
/// "pct.") stay whole. Every token keeps its character offset. <see cref="Token.SentenceStart"/>
/// marks the first token of each sentence.
/// </summary>
public static class SentenceTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bl.a", "f.eks", "pct", "kr", "ca", "mill", "mio", "mia", "nr", "kl", "dvs", "osv", "m.fl", "hhv", "pr",
        "jf", "m.v", "mv", "evt", "inkl", "ekskl", "tlf", "st", "hr", "fr", "dr", "mr", "mrs", "prof", "kgl",
        "stk", "fig", "kvm", "kg", "km", "gl", "sdr", "ndr", "vestj", "bd", "ang", "vedr", "etc", "jan", "feb",
        "aug", "sept", "okt", "nov", "dec", "ref", "red", "t.o.m", "o.l", "m.m", "s", "a.m", "p.m", "cand", "mag",
    };

    // Abbreviations that stand before a name ("St. Vincent", "Kgs. Nytorv", "Jens Chr. Birch",
    // "Gl. Forlev", "Dr. Jekyll"): the capital after them starts the name, not a new sentence.
    private static readonly HashSet<string> BeforeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "skt", "sct", "sdr", "ndr", "gl", "kgs", "kgl", "chr", "dr", "hr", "fr", "frk", "mr", "mrs", "prof",
    };

    // Abbreviations that stand before a number ("ca. 40", "kl. 18.45", "nr. 5", "s. 12"): a digit
    // after them goes on the same sentence.
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ca", "kl", "nr", "jf", "stk", "tlf", "fig", "bd", "inkl", "ekskl", "ang", "vedr", "s",
    };

    public static List<List<Token>> Split(string text)
    {
        var sentences = new List<List<Token>>();
        // Tokens gather in one list and each sentence gets a copy of its exact size: no list
        // grown four or five times per sentence, for every sentence of every article. GetRange,
        // not a spread ([.. current]), whose copy is generic code over Token in no ReadyToRun image.
        var current = new List<Token>(64);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && current.Count > 0)
                {
                    sentences.Add(current.GetRange(0, current.Count));
                    current.Clear();
                }
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i))) i++;
                // A trailing dot belongs to an initial, an abbreviation or an ordinal before a lower-case word.
                if (i < text.Length && text[i] == '.' && KeepsDot(text, start, i)) i++;
            }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
            }
            else
            {
                i++;
            }

            current.Add(new Token(text[start..i], start, current.Count == 0));
            if (EndsSentence(text, start, i))
            {
                sentences.Add(current.GetRange(0, current.Count));
                current.Clear();
            }
        }
        if (current.Count > 0) sentences.Add(current.GetRange(0, current.Count));
        return sentences;
    }

    // Hyphens, apostrophes, slashes and dots or commas between digits join; so does a dot inside
    // an abbreviation ("bl.a", "B.T").
    private static bool IsInnerJoiner(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]) || i == 0) return false;
        var previous = text[i - 1];
        var next = text[i + 1];
        return text[i] switch
        {
            '-' or '\'' or '’' or '&' => char.IsLetterOrDigit(previous),
            '/' => char.IsLetterOrDigit(previous) && IsShortPiece(text, i),
            '.' or ',' => char.IsDigit(previous) && char.IsDigit(next)
                          || text[i] == '.' && char.IsLetter(previous) && IsShortPiece(text, i) && (char.IsLower(next) || char.IsUpper(previous) && IsShortPieceAfter(text, i + 1)),
            _ => false,
        };
    }

    // "bl" in "bl.a", "B" in "B.T", "A" in "A/S": the piece before the mark is at most two letters.
    private static bool IsShortPiece(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsLetter(text[j])) j--;
        return dot - 1 - j <= 2;
    }

    private static bool IsShortPieceAfter(string text, int from)
    {
        var j = from;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return j - from <= 2 && j < text.Length && text[j] == '.';
    }

    private static bool KeepsDot(string text, int start, int end)
    {
        var word = text[start..end];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;            // an initial: "K."
        if (word.Contains('.') && char.IsLetter(word[^1])) return true;         // "bl.a." "B.T."
        if (BeforeNames.Contains(word) && char.IsUpper(word[0]) && NextWordIsUpper(text, end + 1)) return true;
        if (BeforeNumbers.Contains(word) && NextIsDigit(text, end + 1)) return true;
        if (Abbreviations.Contains(word)) return NextWordIsLower(text, end + 1) || !AtSentenceEnd(text, end + 1);
        if (word.All(char.IsDigit)) return NextWordIsLower(text, end + 1);     // "4. januar"
        return false;
    }

    // A full stop, "!", "?" or an ellipsis before a new sentence; never the dot of an initial or abbreviation ("K. Hansen").
    private static bool EndsSentence(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        var closes = token is "." or "!" or "?" or "..." or "…";
        return closes && AtSentenceEnd(text, end);
    }

    // What follows the mark opens a new sentence: end of text, or (after quotes and brackets) a capital or digit.
    private static bool AtSentenceEnd(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c)) continue;
            if (char.IsLetterOrDigit(c)) return char.IsUpper(c) || char.IsDigit(c);
            if (c is '"' or '”' or '“' or '«' or '»' or '(' or '-' or '–') continue;
            return false;
        }
        return true;
    }

    private static bool NextIsDigit(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (char.IsWhiteSpace(text[j])) continue;
            return char.IsAsciiDigit(text[j]);
        }
        return false;
    }

    private static bool NextWordIsUpper(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (char.IsWhiteSpace(text[j])) continue;
            return char.IsUpper(text[j]);
        }
        return false;
    }

    private static bool NextWordIsLower(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (char.IsWhiteSpace(text[j])) continue;
            return char.IsLower(text[j]);
        }
        return false;
    }
}
