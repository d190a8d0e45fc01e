using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// An article's card is made once per render and shown on every list that names the article; the
/// card links to its article and to each of its places and tags, one shared link per term.
/// </summary>
public class ArticleCardsTests
{
    [Fact]
    public void An_article_has_one_card_per_render_linking_its_page_and_its_terms()
    {
        var context = new RenderContextBuilder()
            .Article("havnen", locations: ["Aarhus"], tags: ["Havne"])
            .Article("broen", locations: ["Aarhus"])
            .Build();
        var havnen = context.Model.Articles.Single(a => a.Meta.Slug == "havnen");
        var broen = context.Model.Articles.Single(a => a.Meta.Slug == "broen");
        var cards = new ArticleCards(context.Urls, context.Strings);

        var card = cards.Card(havnen);

        Assert.Same(card, cards.Card(havnen));
        Assert.Equal([card, cards.Card(broen)], cards.Cards([havnen, broen]));
        Assert.Equal(context.Urls.Path(havnen.Path), card.Url);
        Assert.Equal(["Aarhus"], card.Locations.Select(l => l.Name));
        Assert.Same(card.Locations.Single(), cards.Card(broen).Locations.Single());
    }
}
