namespace StaticNews.Enrichment;

/// <summary>
/// Draws a headline from a lead: its first sentence when that is at most <see cref="MaxLength"/>
/// characters, otherwise the longest complete clause it opens with. A cut is made only where a
/// phrase ends (before a comma, a clause or an adverbial phrase) and never where the verb still
/// waits for what completes it: not before "at" or "til at", "om at" (the infinitive or clause
/// the verb governs, as in "vil have Folketinget til at vedtage …"), not straight after the
/// verb or after an auxiliary with nothing of its own, not inside a subordinate clause, never
/// on a dangling "og", "en", "til". Where no such cut exists the lead is cut at a word and
/// given an ellipsis, so the headline never claims what the article does not say.
/// </summary>
public static class HeadlineWriter
{
    public const int MaxLength = 90;
    private const string Ellipsis = "…";

    // Words that open a subordinate clause: a cut before one ends the main clause, and no cut is
    // made after it (the subordinate clause may be unfinished).
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "hvis", "der", "som", "da", "når", "mens", "fordi", "selvom", "idet", "eftersom", "end", "hvad", "hvilket", "hvilke", "hvem",
    };

    // What may stand between an auxiliary and the verb it carries.
    private static readonly HashSet<string> AuxiliaryInfinitives = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "haft", "være", "været", "blive", "blevet", "få", "fået", "kunne", "ville", "skulle", "ikke", "også", "nu", "dog", "aldrig",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det", "der", "dem", "ham", "hende", "os", "sig",
    };

    // Words a headline may be cut before besides those: coordination and adverbial phrases.
    private static readonly HashSet<string> CutBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "eller", "men", "samt", "så",
        "i", "på", "ved", "under", "over", "fra", "med", "til", "for", "om", "mod", "uden", "siden", "inden", "efter",
        "blandt", "hos", "gennem", "langs", "trods",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "på", "ved", "under", "over", "fra", "med", "til", "for", "om", "mod", "uden", "siden", "inden", "efter",
        "blandt", "hos", "gennem", "langs", "trods", "af", "ad", "hen", "ud", "ind", "op", "ned",
    };

    // Auxiliaries and modals: the verb that completes them must follow, and something after it.
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "vil", "ville", "skal", "skulle", "kan", "kunne", "må", "måtte", "bør", "burde", "tør", "turde",
        "har", "havde", "er", "var", "bliver", "blev", "får", "fik",
    };

    // Words that start no verb: a run of them opens the sentence before the finite verb (V2).
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "et", "den", "det", "de", "dens", "dets", "deres", "hans", "hendes", "sin", "sit", "sine", "alle", "flere",
        "nogle", "mange", "første", "nye", "ny", "nyt", "store", "stor", "stort", "lille", "danske", "dansk",
        "tidligere", "nuværende", "omkring", "cirka", "ca.", "næsten", "alt", "og", "eller", "samt", "men", "ikke", "også",
        "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "denne", "dette", "disse", "hver", "hvert", "vores", "jeres",
        "min", "mit", "mine", "din", "dit", "dine", "andre", "anden", "andet", "samme", "hele", "halve", "mere", "mest", "meget",
    };

    private static readonly HashSet<string> NeverLast = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "eller", "men", "samt", "at", "der", "som", "en", "et", "den", "det", "de", "i", "på", "til", "for", "med", "af", "om",
        "fra", "ved", "mod", "hvis", "når", "mens", "fordi", "sin", "sit", "sine", "hans", "hendes", "deres",
        "vil", "ville", "skal", "skulle", "kan", "kunne", "må", "måtte", "bør", "har", "havde", "er", "var", "bliver", "blev",
        "får", "fik", "have", "være", "blive", "få",
    };

    // Very common finite verbs whose form the endings below miss or share with nouns.
    private static readonly HashSet<string> KnownVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "gik", "kom", "så", "lå", "tog", "gav", "fandt", "holdt", "satte", "vandt", "steg", "faldt", "døde", "dør", "betød",
        "sagde", "skrev", "lød", "bad", "fløj", "løb", "slap", "sad", "drog", "valgte", "spurgte", "hørte",
    };

    // Words that open a sentence with a subordinate clause: its main clause starts after the comma that ends it.
    private static readonly HashSet<string> OpensSubordinate = new(StringComparer.OrdinalIgnoreCase)
    {
        "hvis", "når", "da", "mens", "fordi", "selvom", "selv", "idet", "eftersom", "hvem", "hvad", "hvor", "hvordan", "hvorfor", "om",
    };

    public static string FromLead(string lead)
    {
        var sentence = FirstSentence(lead.Trim());
        var whole = sentence.TrimEnd('.', ' ');
        if (whole.Length <= MaxLength) return TidyEnd(whole);

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = FiniteVerb(words);
        if (verb < 0) return CutAtWord(whole);
        // An "at" ahead in the main clause (an infinitive or a clause) may be what its verb waits
        // for, however far on: no cut before it.
        var complete = Math.Max(Math.Max(3, FirstThatMayEnd(words, verb)), MainClauseAt(words, verb));
        string? best = null;
        var subordinate = false;
        var brackets = 0;
        var length = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            length += (i > 0 ? 1 : 0) + words[i].Length;
            if (length > MaxLength) break;
            var next = Bare(words[i + 1]);
            var comma = words[i].EndsWith(',');
            // A new clause: subordinate, or a main clause joined by ", men", ", og" (its own verb may wait for its object too).
            var opens = IsSubordinator(next) || (comma && next is "at" or "men" or "og" or "eller" or "så");
            // A comma before a name or an apposition ends no clause; one before a conjunction does.
            var clauseEnds = comma && (CutBefore.Contains(next) || opens);
            // Inside a subordinate clause only its end is a safe cut: its verb may still wait for its object.
            var isBoundary = clauseEnds || (!subordinate && (opens || (CutBefore.Contains(next) && !JoinsWords(words, i + 1))));
            brackets += words[i].Count(c => c == '(') - words[i].Count(c => c == ')');
            if (i >= complete && isBoundary && brackets == 0 && !CompletesTheVerb(words, i + 1) && !NeverLast.Contains(Bare(words[i])))
                best = string.Join(' ', words.Take(i + 1));
            if (i >= verb && opens) subordinate = true;
        }
        return best != null ? TidyEnd(best) : CutAtWord(whole);
    }

    /// <summary>
    /// The first word a clause may end on: one past its verb; past an auxiliary, one past the
    /// verb it carries ("var vi blevet præsenteret" ends no sooner than the word after "præsenteret").
    /// </summary>
    private static int FirstThatMayEnd(string[] words, int verb)
    {
        if (!Auxiliaries.Contains(Bare(words[verb]))) return verb + 1;
        // After an opening adverbial the subject stands between: "har 15 familier skrevet".
        for (var i = verb + 1; i < words.Length && i <= verb + 5; i++)
        {
            var word = Bare(words[i]);
            if (Pronouns.Contains(word) || AuxiliaryInfinitives.Contains(word) || word.Length < 3 || !char.IsLower(words[i][0])) continue;
            if (word.EndsWith('t') || word.EndsWith('e') || word.EndsWith('s')) return i + 1;
        }
        return verb + 2;
    }

    /// <summary>Where the main clause's first "at" stands (0 when it has none): up to it the verb may still wait for what it governs.</summary>
    private static int MainClauseAt(string[] words, int verb)
    {
        for (var i = verb + 1; i < words.Length; i++)
        {
            var word = Bare(words[i]);
            if (word == "at") return i;
            if (IsSubordinator(word) || (words[i - 1].EndsWith(',') && word is "men" or "og" or "eller" or "så")) return 0;
        }
        return 0;
    }

    private static bool IsSubordinator(string word) => Subordinators.Contains(word) || (word.StartsWith("hvor", StringComparison.Ordinal) && word.Length > 4);

    /// <summary>
    /// True when the "og", "eller" or "samt" at <paramref name="at"/> joins two words of one phrase
    /// ("et usædvanligt smukt og helstøbt show"), not two phrases or clauses ("og en flugtbilist", "og brunede").
    /// </summary>
    private static bool JoinsWords(string[] words, int at)
    {
        if (Bare(words[at]) is not ("og" or "eller" or "samt") || at + 1 >= words.Length) return false;
        var after = words[at + 1];
        var bare = Bare(after);
        return !(char.IsUpper(after[0]) || NotVerbs.Contains(bare) || Pronouns.Contains(bare) || IsVerbShaped(bare));
    }

    /// <summary>True when the words from <paramref name="at"/> are what the verb before governs: "at …", "til at …", ", at …".</summary>
    private static bool CompletesTheVerb(string[] words, int at)
    {
        var next = Bare(words[at]);
        if (next == "at") return true;
        return Prepositions.Contains(next) && at + 1 < words.Length && Bare(words[at + 1]) == "at";
    }

    /// <summary>
    /// Where the finite verb of the main clause most likely stands; -1 when it cannot be told.
    /// Danish puts it second: after the subject, an opening adverbial, or an opening subordinate
    /// clause (then it follows the comma that closes it). A word is taken for a verb when it is
    /// an auxiliary, a known verb, or lower case with a verb's ending (-r, -ede, -te, -es) and
    /// not just after an article, numeral or the like (that makes it a noun or adjective).
    /// </summary>
    private static int FiniteVerb(string[] words)
    {
        var i = 1;
        if (OpensSubordinate.Contains(Bare(words[0])))
        {
            while (i < words.Length && !words[i - 1].EndsWith(',')) i++;
            return i < words.Length && IsVerbShaped(Bare(words[i])) ? i : -1;
        }
        for (; i < words.Length && i < 14; i++)
        {
            var word = Bare(words[i]);
            // A relative clause inside the subject ("Det, der løb …, slikkede …") holds the wrong verb.
            if (IsSubordinator(word) && words[i - 1].EndsWith(','))
            {
                while (i < words.Length - 1 && !words[i].EndsWith(',')) i++;
                continue;
            }
            if (Auxiliaries.Contains(word) || KnownVerbs.Contains(word)) return i;
            if (word.Length == 0 || !char.IsLower(word[0]) || NotVerbs.Contains(Bare(words[i - 1])) || char.IsDigit(words[i - 1][0])) continue;
            if (IsVerbShaped(word)) return i;
        }
        return -1;
    }

    private static bool IsVerbShaped(string word)
        => Auxiliaries.Contains(word) || KnownVerbs.Contains(word)
        || (word.Length > 0 && char.IsLower(word[0]) && !NotVerbs.Contains(word) && !Prepositions.Contains(word) && !IsSubordinator(word)
            && word.Length > 2 && (word.EndsWith('r') || word.EndsWith("ede", StringComparison.Ordinal) || word.EndsWith("te", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal)));

    private static string Bare(string word) => word.Trim(',', ';', ':', '"', '»', '«', '”', '(', ')').ToLowerInvariant();

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

    /// <summary>No clause to end on: the words that fit, the dangling ones dropped, and an ellipsis to say the sentence goes on.</summary>
    private static string CutAtWord(string text)
    {
        var cut = text.LastIndexOf(' ', Math.Min(MaxLength - Ellipsis.Length, text.Length - 1));
        var head = cut > 0 ? text[..cut] : text[..Math.Min(MaxLength - Ellipsis.Length, text.Length)];
        return TidyEnd(head) + Ellipsis;
    }

    private static string TidyEnd(string headline)
    {
        var words = headline.TrimEnd('.', ',', ';', ':', ' ').Split(' ').ToList();
        while (words.Count > 3 && NeverLast.Contains(Bare(words[^1])))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd(',', ';', ':', ' ');
    }
}
