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
    private readonly ConcurrentDictionary<Term, TermLinkView> _cardLinks = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Term, TermLinkView> _makeCardLink;

    public ArticleCards(UrlBuilder urls, LocalizedStrings strings)
    {
        _urls = urls;
        _strings = strings;
        // One link per term, shared by every card that names it: made per card, the links and their
        // URLs grew with every card of a large archive. Made when a card first names the term: a
        // rebuild that keeps most pages shows the terms of a few hundred cards, not every term.
        _makeCardLink = term => new TermLinkView(term.Name, _urls.Path(term.Path));
        _makeCard = MakeCard;
    }

    public ArticleCardView Card(Article article) => _cards.GetOrAdd(article, _makeCard);

    public IReadOnlyList<ArticleCardView> Cards(IEnumerable<Article> articles) => articles.Select(Card).ToList();

    /// <summary>Lets go of the cards made so far; a card asked for after this is made again.</summary>
    public void Clear() => _cards.Clear();

    // A card lives as long as the render (every list that shows the article reuses it), so its
    // lists are arrays of the exact length, and the empty ones (most cards name no organisation)
    // are the one empty array.
    private ArticleCardView MakeCard(Article article)
        => new(article.Meta.Title, _urls.Path(article.Path), ArticleDates.Iso(article.Meta.Date), _strings.FormatDate(article.LocalDate),
            article.Meta.Summary, article.Meta.Source, Links(article.Locations, null), Links(article.Tags, null),
            Links(article.Tags, TermRole.Person), Links(article.Tags, TermRole.Organisation), Links(article.Tags, TermRole.Topic));

    private TermLinkView[] Links(List<Term> terms, TermRole? role)
    {
        var count = 0;
        foreach (var term in terms)
            if (role == null || term.Role == role) count++;
        if (count == 0) return [];
        var links = new TermLinkView[count];
        var at = 0;
        foreach (var term in terms)
            if (role == null || term.Role == role) links[at++] = CardLink(term);
        return links;
    }

    private TermLinkView CardLink(Term term) => _cardLinks.GetOrAdd(term, _makeCardLink);
}
