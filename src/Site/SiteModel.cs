using StaticNews.Configuration;

namespace StaticNews.Site;

/// <summary>
/// Everything the renderer needs, worked out once: articles newest first, both taxonomies,
/// the archive by year and month, each article's neighbours in time and its related articles.
/// </summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyList<Term> Tags { get; init; }
    public required IReadOnlyList<Term> Locations { get; init; }
    public required IReadOnlyList<ArchiveYear> Years { get; init; }
    public required IReadOnlyDictionary<Article, IReadOnlyList<Article>> Related { get; init; }

    /// <summary>The next newer article, or null for the newest.</summary>
    public Article? Newer(Article article) => Neighbour(article, -1);

    /// <summary>The next older article, or null for the oldest.</summary>
    public Article? Older(Article article) => Neighbour(article, +1);

    public IReadOnlyList<Term> Terms(TermKind kind) => kind == TermKind.Tags ? Tags : Locations;

    private readonly Lazy<Dictionary<Article, int>> _positions;

    public SiteModel() => _positions = new(() => Articles!.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i));

    private Article? Neighbour(Article article, int step)
    {
        var index = _positions.Value[article] + step;
        return index >= 0 && index < Articles.Count ? Articles[index] : null;
    }
}
