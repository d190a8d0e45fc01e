namespace StaticNews.Site;

/// <summary>
/// Related articles share tags and locations; a rare term counts for more than a common one.
/// Candidates come only from the articles nearest in time within each shared term, so the work
/// per article stays bounded however large a term ("Danmark") grows: no O(n²). Every build
/// works this out for every article, so it runs on article numbers, not objects: each term's
/// articles as an array of numbers, scores in an array, and only the best few candidates kept
/// in order rather than all of them sorted.
/// </summary>
public static class RelatedArticles
{
    private const int Window = 12;

    /// <param name="terms">Every tag and location the articles file under.</param>
    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> Find(IReadOnlyList<Article> articles, IReadOnlyList<Term> terms, int count)
    {
        var n = articles.Count;
        var number = new Dictionary<Article, int>(n, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < n; i++) number[articles[i]] = i;
        // Equal scores go to the newer article: its rank in the newest-first order.
        var rank = new int[n];
        var byAge = Enumerable.Range(0, n).ToArray();
        Array.Sort(byAge, (x, y) => SiteModelBuilder.NewestFirst(articles[x], articles[y]));
        for (var r = 0; r < n; r++) rank[byAge[r]] = r;

        // Per article, per term (tags, then locations, as it lists them): the term's articles as
        // numbers, the article's own place among them, and the term's weight.
        var shared = new (int[] Members, int At, double Weight)[n][];
        for (var i = 0; i < n; i++) shared[i] = new (int[], int, double)[articles[i].Tags.Count + articles[i].Locations.Count];
        foreach (var term in terms)
        {
            var list = new int[term.Articles.Count];
            for (var m = 0; m < list.Length; m++) list[m] = number.TryGetValue(term.Articles[m], out var k) ? k : -1;
            var weight = 1.0 / Math.Log(2 + term.Articles.Count);
            for (var at = 0; at < list.Length; at++)
            {
                if (list[at] < 0) continue;
                var article = articles[list[at]];
                var slot = term.Kind == TermKind.Tags ? article.Tags.IndexOf(term) : article.Tags.Count + article.Locations.IndexOf(term);
                shared[list[at]][slot] = (list, at, weight);
            }
        }

        var lists = new IReadOnlyList<Article>[n];
        Parallel.For(0, n, () => (Scores: new double[n], Touched: new List<int>()), (index, _, local) =>
        {
            var (scores, touched) = local;
            foreach (var (list, at, weight) in shared[index])
            {
                for (var i = Math.Max(0, at - Window); i <= Math.Min(list.Length - 1, at + Window); i++)
                {
                    var other = list[i];
                    if (other == index || other < 0) continue;
                    if (scores[other] == 0) touched.Add(other);
                    scores[other] += weight;
                }
            }
            lists[index] = Best(scores, touched, rank, count).Select(k => articles[k]).ToList();
            foreach (var other in touched) scores[other] = 0;
            touched.Clear();
            return local;
        }, _ => { });
        var result = new Dictionary<Article, IReadOnlyList<Article>>(n);
        for (var i = 0; i < n; i++) result[articles[i]] = lists[i];
        return result;
    }

    /// <summary>The best <paramref name="count"/>: highest score first, the newer first on equal scores; kept by insertion into a short sorted list.</summary>
    private static List<int> Best(double[] scores, List<int> candidates, int[] rank, int count)
    {
        var best = new List<int>(count + 1);
        if (count <= 0) return best;
        bool Before(int a, int b) => scores[a] != scores[b] ? scores[a] > scores[b] : rank[a] < rank[b];
        foreach (var candidate in candidates)
        {
            if (best.Count == count && !Before(candidate, best[^1])) continue;
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1])) at--;
            best.Insert(at, candidate);
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        return best;
    }
}
