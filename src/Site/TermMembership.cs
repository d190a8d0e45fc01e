
namespace StaticNews.Site;

/// <summary>
/// Which articles each term holds and which terms each article lists, as article and term
/// numbers in a few flat arrays rather than an array of tuples per article: those made one small
/// array per article for the collector to trace, and filling them went through a dictionary
/// lookup and a list search per membership, each a cache miss.
/// </summary>
internal sealed class TermMembership
{
    /// <summary>Term t's articles, as numbers in the term's own order, are <c>Members[TermStart[t] .. TermStart[t + 1])</c>; -1 for an article not among those given.</summary>
    public required int[] Members { get; init; }

    public required int[] TermStart { get; init; }

    /// <summary>A rare term counts for more than a common one.</summary>
    public required double[] Weight { get; init; }

    /// <summary>
    /// Article i's terms, tags then locations as it lists them, are entries
    /// <c>ArticleStart[i] .. ArticleStart[i + 1]</c>: the term (<see cref="EntryTerm"/>) and the
    /// article's own place in <see cref="Members"/> (<see cref="EntryAt"/>).
    /// </summary>
    public required int[] ArticleStart { get; init; }

    public required int[] EntryTerm { get; init; }
    public required int[] EntryAt { get; init; }

    public static TermMembership Of(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms)
        => InListOrder(articles, terms) ?? ByLookup(articles, terms);

    /// <summary>
    /// The usual case (the model builder's own terms): every term lists its articles in the
    /// order <paramref name="articles"/> gives them, so one pass over the articles numbers the
    /// members and finds each article's place without looking an article up. Null as soon as
    /// that does not hold; <see cref="ByLookup"/> then gives the same layout the long way.
    /// </summary>
    internal static TermMembership? InListOrder(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms)
    {
        var termNumber = new Dictionary<Term, int>(terms.Count, ReferenceEqualityComparer.Instance);
        for (var t = 0; t < terms.Count; t++)
            if (!termNumber.TryAdd(terms[t], t)) return null;
        var layout = Allocate(articles, terms);
        var next = new int[terms.Count];
        var entry = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            for (var k = 0; k < article.Tags.Count + article.Locations.Count; k++, entry++)
            {
                var term = k < article.Tags.Count ? article.Tags[k] : article.Locations[k - article.Tags.Count];
                if (!termNumber.TryGetValue(term, out var t)) return null;
                var at = next[t]++;
                if (at == term.Articles.Count || !ReferenceEquals(term.Articles[at], article)) return null;
                layout.Members[layout.TermStart[t] + at] = i;
                layout.EntryTerm[entry] = t;
                layout.EntryAt[entry] = layout.TermStart[t] + at;
            }
        }
        for (var t = 0; t < terms.Count; t++)
            if (next[t] != terms[t].Articles.Count) return null;
        return layout;
    }

    /// <summary>Any articles and terms: each member looked up by reference, each article's place by a search of its own terms.</summary>
    internal static TermMembership ByLookup(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms)
    {
        var number = new Dictionary<Article, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++) number[articles[i]] = i;
        var layout = Allocate(articles, terms);
        Array.Fill(layout.EntryTerm, -1);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            for (var at = 0; at < term.Articles.Count; at++)
            {
                var member = layout.TermStart[t] + at;
                if (!number.TryGetValue(term.Articles[at], out var i))
                {
                    layout.Members[member] = -1;
                    continue;
                }
                layout.Members[member] = i;
                var article = articles[i];
                var own = term.Kind == TermKind.Tags ? article.Tags.IndexOf(term) : article.Locations.IndexOf(term);
                if (own < 0) throw new ArgumentException($"term '{term.Name}' lists an article that does not file under it", nameof(terms));
                var slot = term.Kind == TermKind.Tags ? own : article.Tags.Count + own;
                layout.EntryTerm[layout.ArticleStart[i] + slot] = t;
                layout.EntryAt[layout.ArticleStart[i] + slot] = member;
            }
        }
        if (Array.IndexOf(layout.EntryTerm, -1) >= 0)
            throw new ArgumentException("an article files under a term that is not among the terms given", nameof(terms));
        return layout;
    }

    private static TermMembership Allocate(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms)
    {
        var termStart = new int[terms.Count + 1];
        var weight = new double[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            termStart[t + 1] = termStart[t] + terms[t].Articles.Count;
            weight[t] = 1.0 / Math.Log(2 + terms[t].Articles.Count);
        }
        var articleStart = new int[articles.Count + 1];
        for (var i = 0; i < articles.Count; i++)
            articleStart[i + 1] = articleStart[i] + articles[i].Tags.Count + articles[i].Locations.Count;
        return new TermMembership
        {
            Members = new int[termStart[^1]],
            TermStart = termStart,
            Weight = weight,
            ArticleStart = articleStart,
            EntryTerm = new int[articleStart[^1]],
            EntryAt = new int[articleStart[^1]],
        };
    }
}
