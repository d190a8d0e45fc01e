using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// Some articles could not be rendered: the pages made so far list them, so the render stage
/// leaves them out of the model and renders the site again without them.
/// </summary>
public sealed class ArticlesFailedException(IReadOnlyDictionary<Article, ArticleFailure> failures)
    : Exception($"{failures.Count} articles could not be rendered")
{
    public IReadOnlyDictionary<Article, ArticleFailure> Failures { get; } = failures;
}
