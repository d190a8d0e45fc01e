using System.Collections.Concurrent;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// The article cards of one render: each made the first time a page being rendered shows it, then
/// reused on every list that shows it. Keys need only digests, so a rebuild that renders a few
/// hundred pages makes a few thousand cards, not one per article of the site (the URLs, dates as
/// text and lists of links of 10,000 cards).
/// </summary>
public sealed class ArticleCards
{
    private readonly UrlBuilder _urls;
    private readonly LocalizedStrings _strings;
    private readonly ConcurrentDictionary<Article, ArticleCardView> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Article, ArticleCardView> _makeCard;
    private readonly Dictionary<Term, TermLinkView> _cardLinks;

    public ArticleCards(SiteModel model, UrlBuilder urls, LocalizedStrings strings)
    {
        _urls = urls;
        _strings = strings;
        // One link per term, shared by every card that names it: made per card, the links and their
        // URLs grew with every card of a large archive.
        _cardLinks = model.Tags.Concat(model.Locations).ToDictionary(t => t, t => new TermLinkView(t.Name, urls.Path(t.Path)));
        _makeCard = MakeCard;
    }

    public ArticleCardView Card(Article article) => _cards.GetOrAdd(article, _makeCard);

    public IReadOnlyList<ArticleCardView> Cards(IEnumerable<Article> articles) => articles.Select(Card).ToList();

    private ArticleCardView MakeCard(Article article)
        => new(article.Meta.Title, _urls.Path(article.Path), ArticleDates.Iso(article.Meta.Date), _strings.FormatDate(article.LocalDate),
            article.Meta.Summary, article.Meta.Source, article.Locations.Select(CardLink).ToList(), article.Tags.Select(CardLink).ToList(),
            TagsOf(article, TermRole.Person), TagsOf(article, TermRole.Organisation), TagsOf(article, TermRole.Topic));

    private List<TermLinkView> TagsOf(Article article, TermRole role) => article.Tags.Where(t => t.Role == role).Select(CardLink).ToList();

    private TermLinkView CardLink(Term term) => _cardLinks[term];
}
