using StaticNews.Rendering.Pages;
using StaticNews.Site;

namespace StaticNews.Tests.Rendering.Pages;

public class MostUsedTermsTests
{
    // Only the number of articles counts here: a term of n articles is given n empty places.
    private static Term Tag(string slug, int articles) => new(TermKind.Tags, slug, slug, new Article[articles]);

    [Fact]
    public void The_most_used_come_first_then_by_slug_and_only_as_many_as_asked()
    {
        List<Term> terms = [Tag("b", 2), Tag("c", 5), Tag("a", 2), Tag("d", 1)];

        Assert.Equal(["c", "a", "b"], MostUsedTerms.Of(terms, 3).Select(t => t.Slug));
        Assert.Equal(["c", "a", "b", "d"], MostUsedTerms.Of(terms, 10).Select(t => t.Slug));
        Assert.Empty(MostUsedTerms.Of(terms, 0));
    }

    [Fact]
    public void Terms_alike_in_count_and_slug_keep_the_order_given()
    {
        var first = Tag("a", 1);
        var second = Tag("a", 1);

        Assert.Equal([first, second], MostUsedTerms.Of([first, second], 2));
    }

    [Fact]
    public void Terms_can_be_ranked_by_a_count_and_a_name_of_the_callers_choosing()
    {
        List<Term> terms = [Tag("x", 9), Tag("y", 1), Tag("z", 1)];
        var seen = new Dictionary<string, int> { ["x"] = 1, ["y"] = 3, ["z"] = 3 };

        // By the count given, not the articles filed under; ties by the name given (here the reverse of the slug).
        var top = MostUsedTerms.Top(terms, t => seen[t.Slug], t => t.Slug == "z" ? "a" : "b", 2);

        Assert.Equal(["z", "y"], top.Select(t => t.Slug));
    }
}
