using StaticNews.Rendering;
using StaticNews.Rendering.Views;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// A page is kept from the last build when its key is unchanged, and its key is hashed from the
/// values the page is made of, so every value must move the key and no two sequences of values
/// may hash alike.
/// </summary>
public class PageKeyTests
{
    private static readonly ArticleCardView Card = new(
        "Ny bro over Limfjorden", "/2023/09/22/ny-bro/", "2023-09-22T10:41:00+02:00", "22. september 2023", "Broen åbner i 2027.", "ritzau",
        [new TermLinkView("Aalborg", "/locations/aalborg/")], [new TermLinkView("Vejdirektoratet", "/tags/vejdirektoratet/")],
        [], [new TermLinkView("Vejdirektoratet", "/tags/vejdirektoratet/")], []);

    private static string KeyOf(ArticleCardView card) => new PageKey(null, [], "test").Add(card).Finish();

    [Fact]
    public void Every_field_of_a_card_moves_its_key()
    {
        ArticleCardView[] changed =
        [
            Card with { Title = "Ny bro over Limfjorden!" },
            Card with { Url = "/2023/09/22/ny-bro-2/" },
            Card with { DateIso = "2023-09-22T10:42:00+02:00" },
            Card with { DateText = "23. september 2023" },
            Card with { Summary = "Broen åbner i 2028." },
            Card with { Source = null },
            Card with { Locations = [new TermLinkView("Aalborg", "/locations/aalborg-2/")] },
            Card with { Locations = [new TermLinkView("Nørresundby", "/locations/aalborg/")] },
            Card with { Locations = [] },
            Card with { Tags = [new TermLinkView("Vejdirektoratet", "/tags/vejdirektoratet/"), new TermLinkView("Aalborg", "/tags/aalborg/")] },
            // The same link moved from places to tags is another card.
            Card with { Locations = [], Tags = [new TermLinkView("Aalborg", "/locations/aalborg/"), new TermLinkView("Vejdirektoratet", "/tags/vejdirektoratet/")] },
            // The same tag shown as a person, or as a topic, is another card.
            Card with { People = Card.Organisations, Organisations = [] },
            Card with { Topics = Card.Organisations, Organisations = [] },
        ];

        var keys = changed.Select(KeyOf).Append(KeyOf(Card)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(KeyOf(Card), KeyOf(Card with { }));
    }

    [Fact]
    public void The_key_names_every_field_a_card_has()
    {
        // A field added to the card must be added to PageKey.Add(ArticleCardView) and to what
        // ArticleDigests.DigestOf reads (see ArticleDigestTests), or pages showing it would be kept stale.
        string[] hashed = ["Title", "Url", "DateIso", "DateText", "Summary", "Source", "Locations", "Tags", "People", "Organisations", "Topics"];
        Assert.Equal(hashed.Order(), typeof(ArticleCardView).GetProperties().Select(p => p.Name).Order());
        Assert.Equal(["Name", "Url"], typeof(TermLinkView).GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public void Values_never_run_into_each_other()
    {
        string Key(Func<PageKey, PageKey> add) => add(new PageKey(null, [], "test")).Finish();

        Assert.NotEqual(Key(k => k.Add("ab").Add("c")), Key(k => k.Add("a").Add("bc")));
        Assert.NotEqual(Key(k => k.Add((string?)null)), Key(k => k.Add("")));
        Assert.NotEqual(Key(k => k.Add(1).Add(true)), Key(k => k.Add(1).Add(false)));
        Assert.NotEqual(Key(k => k.Add("x")), new PageKey(null, [], "other").Add("x").Finish());
    }

    [Fact]
    public void A_key_finishes_as_its_hash_in_lower_case_hex()
    {
        foreach (var value in new[] { "", "x", new string('a', 10_000) })
            Assert.Equal(Convert.ToHexStringLower(new PageKey(null, [], "test").Add(value).Hash()), new PageKey(null, [], "test").Add(value).Finish());
    }

    [Fact]
    public void Keys_made_side_by_side_hash_only_their_own_values()
    {
        // Buffers are rented from a pool and given back when a key is hashed: a key made while
        // another is open, or in a buffer another key gave back, hashes its own values only.
        var alone = new PageKey(null, [], "test").Add(new string('a', 10_000)).Add(1).Finish();
        var first = new PageKey(null, [], "test").Add(new string('a', 10_000));
        var second = new PageKey(null, [], "test").Add(new string('b', 5_000));

        Assert.Equal(alone, first.Add(1).Finish());
        Assert.NotEqual(alone, second.Add(1).Finish());
        Assert.Equal(alone, new PageKey(null, [], "test").Add(new string('a', 10_000)).Add(1).Finish());
        Assert.Throws<InvalidOperationException>(() => first.Add(2));
    }
}
