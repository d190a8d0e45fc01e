namespace StaticNews.Search.Analysis;

/// <summary>
/// The term each spelling of a word gives, remembered per thread: an archive repeats the same
/// few thousand words in every article, and lower-casing and stemming each occurrence again
/// (a string for the word, one for its lower case, one for its stem) was most of what counting a
/// document's terms cost. Looked up by span, so a word seen before costs no string at all.
/// Bounded: past <see cref="MaxWords"/> spellings the thread's table starts afresh.
/// </summary>
internal sealed class WordTermCache
{
    private const int MaxWords = 1 << 17;

    [ThreadStatic] private static WordTermCache? t_current;

    private readonly Dictionary<string, string?> _plain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _plainBySpan;
    private readonly Dictionary<string, string?> _joined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _joinedBySpan;

    private WordTermCache()
    {
        _plainBySpan = _plain.GetAlternateLookup<ReadOnlySpan<char>>();
        _joinedBySpan = _joined.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The calling thread's cache.</summary>
    public static WordTermCache Current => t_current ??= new WordTermCache();

    /// <summary><see cref="SearchTokenizer.TermOf"/> of an unjoined word: its term, or null for a stop word.</summary>
    public string? TermOf(ReadOnlySpan<char> word) => Lookup(_plain, _plainBySpan, word, SearchTokenizer.TermOf);

    /// <summary>The term of a joined word as a whole (stemmed, never a stop word).</summary>
    public string JoinedTermOf(ReadOnlySpan<char> word) => Lookup(_joined, _joinedBySpan, word, SearchTokenizer.JoinedTermOf)!;

    private static string? Lookup(Dictionary<string, string?> table, Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> bySpan,
        ReadOnlySpan<char> word, Func<string, string?> termOf)
    {
        if (bySpan.TryGetValue(word, out var known)) return known;
        var text = word.ToString();
        var term = termOf(text);
        if (table.Count >= MaxWords) table.Clear();
        table[text] = term;
        return term;
    }
}
