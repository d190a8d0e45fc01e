using StaticNews.Content;
using StaticNews.Rendering;
using StaticNews.Site;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// A list page is kept when the digests of its articles are unchanged, so an article's digest
/// must move with every value its card is made from, and with nothing a card does not show.
/// </summary>
public class ArticleDigestTests
{
    private static readonly FrontMatter Meta = new()
    {
        Title = "Ny bro over Limfjorden",
        Date = new DateTimeOffset(2023, 9, 22, 10, 41, 0, TimeSpan.FromHours(2)),
        Summary = "Broen åbner i 2027.",
        Source = "ritzau",
    };

    private static Article Make(FrontMatter? meta = null, string path = "2023/09/22/ny-bro/", DateTime? local = null,
        (string Name, string Slug)[]? locations = null, (string Name, string Slug)[]? tags = null, string body = "Brødtekst.")
    {
        var article = new Article(meta ?? Meta, body, "input/articles/ny-bro.md", "ny-bro", path, local ?? new DateTime(2023, 9, 22, 10, 41, 0));
        foreach (var (name, slug) in locations ?? [("Aalborg", "aalborg")]) article.Locations.Add(new Term(TermKind.Locations, name, slug, [article]));
        foreach (var (name, slug) in tags ?? [("Vejdirektoratet", "vejdirektoratet")]) article.Tags.Add(new Term(TermKind.Tags, name, slug, [article]));
        return article;
    }

    private static string DigestOf(Article article) => Convert.ToHexString(ArticleDigests.DigestOf(article));

    [Fact]
    public void Every_value_a_card_is_made_from_moves_the_digest()
    {
        Article[] changed =
        [
            Make(Meta with { Title = "Ny bro over Limfjorden!" }),
            Make(path: "2023/09/22/ny-bro-2/"),
            Make(Meta with { Date = Meta.Date.AddMinutes(1) }),
            // The same moment written with another offset is shown with another time.
            Make(Meta with { Date = Meta.Date.ToOffset(TimeSpan.Zero) }),
            Make(local: new DateTime(2023, 9, 22, 10, 42, 0)),
            Make(Meta with { Summary = "Broen åbner i 2028." }),
            Make(Meta with { Source = null }),
            Make(locations: [("Aalborg", "aalborg-2")]),
            Make(locations: [("Nørresundby", "aalborg")]),
            Make(locations: []),
            Make(tags: [("Vejdirektoratet", "vejdirektoratet"), ("Aalborg", "aalborg")]),
            // The same term moved from places to tags is another card.
            Make(locations: [], tags: [("Aalborg", "aalborg"), ("Vejdirektoratet", "vejdirektoratet")]),
        ];

        var digests = changed.Select(DigestOf).Append(DigestOf(Make())).ToList();

        Assert.Equal(digests.Count, digests.Distinct().Count());
    }

    [Fact]
    public void What_a_card_does_not_show_leaves_the_digest_alone()
    {
        // The body, the seed and the language are on the article's own page, keyed apart.
        Assert.Equal(DigestOf(Make()), DigestOf(Make(Meta with { Seed = "seeds/x.txt", SeedHash = "ab", Language = "en" }, body: "Anden tekst.")));
    }
}
