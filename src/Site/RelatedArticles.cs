namespace StaticNews.Site;

/// <summary>
/// Related articles share tags and locations; a rare term counts for more than a common one.
/// Candidates come only from the articles nearest in time within each shared term, so the work
/// per article stays bounded however large a term ("Danmark") grows: no O(n²).
/// </summary>
public static class RelatedArticles
{
    private const int Window = 12;

    public static IReadOnlyDictionary<Article, IReadOnlyList<Article>> Find(IReadOnlyList<Article> articles, int count)
    {
        var positions = new Dictionary<(Term, Article), int>();
        foreach (var term in articles.SelectMany(a => a.Tags.Concat(a.Locations)).Distinct())
            for (var i = 0; i < term.Articles.Count; i++) positions[(term, term.Articles[i])] = i;

        var result = new Dictionary<Article, IReadOnlyList<Article>>(articles.Count);
        var lists = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, index =>
        {
            var article = articles[index];
            var scores = new Dictionary<Article, double>();
            foreach (var term in article.Tags.Concat(article.Locations))
            {
                var weight = 1.0 / Math.Log(2 + term.Articles.Count);
                var at = positions[(term, article)];
                for (var i = Math.Max(0, at - Window); i <= Math.Min(term.Articles.Count - 1, at + Window); i++)
                {
                    var other = term.Articles[i];
                    if (other != article) scores[other] = scores.GetValueOrDefault(other) + weight;
                }
            }
            lists[index] = scores.OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key, Comparer<Article>.Create(SiteModelBuilder.NewestFirst))
                .Take(count).Select(s => s.Key).ToList();
        });
        for (var i = 0; i < articles.Count; i++) result[articles[i]] = lists[i];
        return result;
    }
}
