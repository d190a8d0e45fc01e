using StaticNews.Configuration;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

/// <summary>
/// An article's place in the model is found from the position it carries, and only trusted
/// when the model's list holds the article there: a model made later from the same articles
/// moves their positions without misleading the first.
/// </summary>
public class SiteModelTests
{
    private static Article Article(string slug) => new(new StaticNews.Content.FrontMatter { Title = slug, Date = DateTimeOffset.UnixEpoch }, "", slug + ".md", slug, slug + "/", DateTime.UnixEpoch);

    private static SiteModel Model(params Article[] articles)
        => new() { Config = new SiteConfig(), Articles = articles, Tags = [], Locations = [], Years = [], Related = new Dictionary<Article, IReadOnlyList<Article>>() };

    [Fact]
    public void An_article_is_found_at_its_place_in_the_list()
    {
        var (a, b, c) = (Article("a"), Article("b"), Article("c"));
        var model = Model(a, b, c);

        Assert.Equal([0, 1, 2], new[] { a, b, c }.Select(model.IndexOf));
        Assert.Same(b, model.Newer(c));
        Assert.Same(b, model.Older(a));
        Assert.Null(model.Newer(a));
        Assert.Null(model.Older(c));
    }

    [Fact]
    public void A_model_made_later_from_the_same_articles_does_not_move_them_in_the_first()
    {
        var (a, b, c) = (Article("a"), Article("b"), Article("c"));
        var first = Model(a, b, c);
        var second = Model(c, a);

        Assert.Equal([0, 1, 2], new[] { a, b, c }.Select(first.IndexOf));
        Assert.Equal([1, -1, 0], new[] { a, b, c }.Select(second.IndexOf));
        Assert.Same(b, first.Older(a));
        Assert.Same(c, second.Newer(a));
    }
}
