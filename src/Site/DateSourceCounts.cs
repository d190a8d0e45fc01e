using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>How many articles were dated by each source, best first ("2 text, 1 metadata, 3 git"), for the build summary: guesses stand out.</summary>
public static class DateSourceCounts
{
    public static string Of(IEnumerable<Article> articles)
        => string.Join(", ", articles.GroupBy(a => a.Meta.DateSource).OrderBy(g => g.Key ?? (DateSource)int.MaxValue)
            .Select(g => $"{g.Count()} {(g.Key is { } source ? source.Name() : "not recorded")}"));
}
