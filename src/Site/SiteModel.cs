using StaticNews.Configuration;

namespace StaticNews.Site;

/// <summary>
/// Everything the renderer needs, worked out once: articles newest first, both taxonomies,
/// the archive by year and month, each article's neighbours in time and its related articles.
/// </summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<Article> Articles
    {
        get => _articles;
        init
        {
            _articles = value;
            for (var i = 0; i < value.Count; i++) value[i].Position = i;
        }
    }

    private readonly IReadOnlyList<Article> _articles = [];
    public required IReadOnlyList<Term> Tags { get; init; }
    public required IReadOnlyList<Term> Locations { get; init; }
    public required IReadOnlyList<ArchiveYear> Years { get; init; }
    public required IReadOnlyDictionary<Article, IReadOnlyList<Article>> Related { get; init; }

    /// <summary>The next newer article, or null for the newest.</summary>
    public Article? Newer(Article article) => Neighbour(article, -1);

    /// <summary>The next older article, or null for the oldest.</summary>
    public Article? Older(Article article) => Neighbour(article, +1);

    public IReadOnlyList<Term> Terms(TermKind kind) => kind == TermKind.Tags ? Tags : Locations;

    /// <summary>The article's place in <see cref="Articles"/>; -1 when this model does not hold it.</summary>
    public int IndexOf(Article article)
    {
        var position = article.Position;
        if ((uint)position < (uint)_articles.Count && ReferenceEquals(_articles[position], article)) return position;
        // Held by another model made since (a position is the last model's): looked up.
        return _positions.Value.GetValueOrDefault(article, -1);
    }

    private readonly Lazy<Dictionary<Article, int>> _positions;

    public SiteModel() => _positions = new(() => Articles!.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i));

    private Article? Neighbour(Article article, int step)
    {
        var position = IndexOf(article);
        if (position < 0) throw new KeyNotFoundException($"the site model does not hold {article.SourceFile}");
        var index = position + step;
        return index >= 0 && index < Articles.Count ? Articles[index] : null;
    }
}
