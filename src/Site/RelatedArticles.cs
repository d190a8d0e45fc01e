
namespace StaticNews.Site;

/// <summary>
/// Related articles share tags and locations; a rare term counts for more than a common one.
/// Candidates come only from the articles nearest in time within each shared term, so the work
/// per article stays bounded however large a term ("Danmark") grows: no O(n²). Every build
/// works this out for every article, so it runs on article numbers, not objects (see
/// <see cref="TermMembership"/>), with scores in an array and only the best few candidates kept
/// in order rather than all of them sorted.
/// </summary>
public static class RelatedArticles
{
    private const int Window = 12;

    /// <param name="terms">Every tag and location the articles file under.</param>
    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> Find(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms, int count)
    {
        var n = articles.Count;
        var rank = NewestFirstRank(articles);
        var membership = TermMembership.Of(articles, terms);
        var lists = new Article[n][];
        Parallel.For(0, n, () => new Candidates(n, count), (index, _, candidates) =>
        {
            lists[index] = Best(index, membership, candidates, rank, count, articles);
            return candidates;
        }, _ => { });
        var result = new Dictionary<Article, IReadOnlyList<Article>>(n);
        for (var i = 0; i < n; i++) result[articles[i]] = lists[i];
        return result;
    }

    /// <summary>
    /// Each article's place in the newest-first order: equal scores go to the newer article.
    /// The model builder hands its articles over in that order already, so one pass that sees
    /// them in order saves the sort.
    /// </summary>
    internal static int[] NewestFirstRank(IReadOnlyList<Article> articles)
    {
        var n = articles.Count;
        var rank = new int[n];
        if (InNewestFirstOrder(articles))
        {
            for (var r = 0; r < n; r++) rank[r] = r;
            return rank;
        }
        var byAge = Enumerable.Range(0, n).ToArray();
        Array.Sort(byAge, (x, y) => SiteModelBuilder.NewestFirst(articles[x], articles[y]));
        for (var r = 0; r < n; r++) rank[byAge[r]] = r;
        return rank;
    }

    /// <summary>Strictly in order: two articles that compare equal leave it to the sort, as before.</summary>
    private static bool InNewestFirstOrder(IReadOnlyList<Article> articles)
    {
        for (var i = 1; i < articles.Count; i++)
            if (SiteModelBuilder.NewestFirst(articles[i - 1], articles[i]) >= 0) return false;
        return true;
    }

    /// <summary>
    /// Article <paramref name="index"/>'s best <paramref name="count"/>: highest score first, the
    /// newer first on equal scores. A term adds its weight to the articles within
    /// <see cref="Window"/> of this one in the term's list, terms in the order the article lists
    /// them (the order of the additions decides the last bit of a score, and so ties).
    /// </summary>
    private static Article[] Best(int index, TermMembership membership, Candidates candidates, int[] rank, int count, IReadOnlyList<Article> articles)
    {
        var (scores, touched) = (candidates.Scores, candidates.Touched);
        var members = membership.Members;
        var found = 0;
        for (var e = membership.ArticleStart[index]; e < membership.ArticleStart[index + 1]; e++)
        {
            var term = membership.EntryTerm[e];
            var at = membership.EntryAt[e];
            var weight = membership.Weight[term];
            var last = Math.Min(membership.TermStart[term + 1] - 1, at + Window);
            for (var m = Math.Max(membership.TermStart[term], at - Window); m <= last; m++)
            {
                var other = members[m];
                if (other == index || other < 0) continue;
                if (scores[other] == 0) touched[found++] = other;
                scores[other] += weight;
            }
        }

        // The best few, kept by insertion into a short sorted list.
        var best = candidates.Best;
        var kept = 0;
        var wanted = Math.Max(0, count);
        bool Before(int a, int b) => scores[a] != scores[b] ? scores[a] > scores[b] : rank[a] < rank[b];
        for (var c = 0; c < found; c++)
        {
            var candidate = touched[c];
            if (kept == wanted && (wanted == 0 || !Before(candidate, best[kept - 1]))) continue;
            var at = Math.Min(kept, wanted - 1);
            while (at > 0 && Before(candidate, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = candidate;
            if (kept < wanted) kept++;
        }
        for (var c = 0; c < found; c++) scores[touched[c]] = 0;

        var related = new Article[kept];
        for (var k = 0; k < kept; k++) related[k] = articles[best[k]];
        return related;
    }
}
