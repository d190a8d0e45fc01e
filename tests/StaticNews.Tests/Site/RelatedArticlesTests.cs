using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

/// <summary>
/// The model builder hands <see cref="RelatedArticles"/> its articles newest first and terms
/// that list them in that order, which lets it skip a sort and the lookups; any other order
/// takes the general path. Both must give the same related articles.
/// </summary>
public class RelatedArticlesTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>300 articles over a year, a few of them at the same moment, sharing terms from small pools (so scores tie).</summary>
    private static SiteModel Model()
    {
        var random = new Random(7);
        string[] tags = ["Politik", "Sport", "Kultur", "Erhverv", "Klima", "Retssag", "Valg", "Trafik"];
        string[] places = ["Danmark", "Aarhus", "Vejle", "Odense", "Jerevan", "Berlin", "Nuuk"];
        var start = new DateTimeOffset(2023, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));
        var files = Enumerable.Range(0, 300).Select(i => (new ArticleFile(new FrontMatter
        {
            Title = $"a{i}",
            Date = start.AddHours(i % 50 == 0 ? 0 : random.Next(0, 24 * 365)),
            Slug = $"a{i}",
            Tags = [.. tags.Where(_ => random.Next(3) == 0)],
            Locations = [.. places.Where(_ => random.Next(3) == 0).Reverse()],
        }, "Tekst."), $"/site/input/articles/a{i}.md")).ToList();
        return SiteModelBuilder.Build(new SiteConfig(), files, Copenhagen);
    }

    private static List<Term> Terms(SiteModel model) => [.. model.Tags, .. model.Locations];

    private static List<Article> Shuffled(SiteModel model)
    {
        var shuffled = model.Articles.ToList();
        new Random(11).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return shuffled;
    }

    [Fact]
    public void Articles_in_any_order_get_the_same_related_articles()
    {
        var model = Model();
        var inOrder = RelatedArticles.Find(model.Articles, Terms(model), 5);
        var shuffled = RelatedArticles.Find(Shuffled(model), Terms(model), 5);
        Assert.Contains(model.Articles, a => inOrder[a].Count == 5);
        foreach (var article in model.Articles)
            Assert.Equal(inOrder[article], shuffled[article]);
    }

    [Fact]
    public void The_builders_order_takes_the_fast_path_and_it_lays_terms_out_as_the_general_path_does()
    {
        var model = Model();
        var fast = TermMembership.InListOrder(model.Articles, Terms(model));
        var general = TermMembership.ByLookup(model.Articles, Terms(model));
        Assert.NotNull(fast);
        Assert.Equal(general.Members, fast.Members);
        Assert.Equal(general.TermStart, fast.TermStart);
        Assert.Equal(general.Weight, fast.Weight);
        Assert.Equal(general.ArticleStart, fast.ArticleStart);
        Assert.Equal(general.EntryTerm, fast.EntryTerm);
        Assert.Equal(general.EntryAt, fast.EntryAt);
        Assert.Null(TermMembership.InListOrder(Shuffled(model), Terms(model)));
    }

    [Fact]
    public void The_rank_of_articles_already_newest_first_is_the_rank_a_sort_gives()
    {
        var model = Model();
        var shuffled = Shuffled(model);
        var sorted = RelatedArticles.NewestFirstRank(model.Articles);
        var fromShuffled = RelatedArticles.NewestFirstRank(shuffled);
        Assert.Equal(Enumerable.Range(0, model.Articles.Count), sorted);
        for (var i = 0; i < shuffled.Count; i++)
            Assert.Equal(sorted[model.Articles.ToList().IndexOf(shuffled[i])], fromShuffled[i]);
    }

    [Fact]
    public void Articles_missing_from_the_list_are_left_out_of_every_term()
    {
        var model = Model();
        var some = model.Articles.Where((_, i) => i % 3 != 0).ToList();
        var related = RelatedArticles.Find(some, Terms(model), 5);
        Assert.All(some, a => Assert.DoesNotContain(related[a], r => !some.Contains(r)));
    }

    [Fact]
    public void No_related_articles_are_asked_for()
    {
        var model = Model();
        Assert.All(RelatedArticles.Find(model.Articles, Terms(model), 0).Values, Assert.Empty);
    }
}
