namespace StaticNews.Site;

/// <summary>
/// Related articles share tags and locations; a rare term counts for more than a common one.
/// Candidates come only from the articles nearest in time within each shared term, so the work
/// per article stays bounded however large a term ("Danmark") grows: no O(n²). Every build
/// works this out for every article, so it is kept lean: positions in arrays, and only the best
/// few candidates kept in order rather than all of them sorted.
/// </summary>
public static class RelatedArticles
{
    private const int Window = 12;

    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> Find(IReadOnlyList<Article> articles, int count)
    {
        var positions = Positions(articles);
        var lists = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, () => new Dictionary<Article, double>(), (index, _, scores) =>
        {
            var article = articles[index];
            scores.Clear();
            var slot = 0;
            foreach (var term in article.Tags.Concat(article.Locations))
            {
                var weight = 1.0 / Math.Log(2 + term.Articles.Count);
                var at = positions[index][slot++];
                for (var i = Math.Max(0, at - Window); i <= Math.Min(term.Articles.Count - 1, at + Window); i++)
                {
                    var other = term.Articles[i];
                    if (other != article) scores[other] = scores.GetValueOrDefault(other) + weight;
                }
            }
            lists[index] = Best(scores, count);
            return scores;
        }, _ => { });
        var result = new Dictionary<Article, IReadOnlyList<Article>>(articles.Count);
        for (var i = 0; i < articles.Count; i++) result[articles[i]] = lists[i];
        return result;
    }

    /// <summary>For each article, its index within each of its terms (tags, then locations, as it lists them).</summary>
    private static int[][] Positions(IReadOnlyList<Article> articles)
    {
        var indexOf = new Dictionary<Article, int>(articles.Count);
        var positions = new int[articles.Count][];
        for (var i = 0; i < articles.Count; i++)
        {
            indexOf[articles[i]] = i;
            positions[i] = new int[articles[i].Tags.Count + articles[i].Locations.Count];
        }
        var seen = new HashSet<Term>();
        foreach (var term in articles.SelectMany(a => a.Tags.Concat(a.Locations)))
        {
            if (!seen.Add(term)) continue;
            for (var i = 0; i < term.Articles.Count; i++)
            {
                var article = term.Articles[i];
                if (!indexOf.TryGetValue(article, out var index)) continue;
                var slot = term.Kind == TermKind.Tags ? article.Tags.IndexOf(term) : article.Tags.Count + article.Locations.IndexOf(term);
                positions[index][slot] = i;
            }
        }
        return positions;
    }

    /// <summary>The best <paramref name="count"/>: highest score first, the newer first on equal scores; kept by insertion into a short sorted list.</summary>
    private static List<Article> Best(Dictionary<Article, double> scores, int count)
    {
        if (count <= 0) return [];
        var best = new List<(double Score, Article Article)>(count + 1);
        foreach (var (article, score) in scores)
        {
            if (best.Count == count && !Before(score, article, best[^1].Score, best[^1].Article)) continue;
            var at = best.Count;
            while (at > 0 && Before(score, article, best[at - 1].Score, best[at - 1].Article)) at--;
            best.Insert(at, (score, article));
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        return best.Select(b => b.Article).ToList();
    }

    private static bool Before(double score, Article article, double otherScore, Article other)
        => score != otherScore ? score > otherScore : SiteModelBuilder.NewestFirst(article, other) < 0;
}
