using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// What any list, feed or neighbour link shows of an article, as one hash per article: everything
/// its card is made from (title, URL path, date, lead, source, its terms' names and slugs) and
/// its local date (which decides its year and month). The card itself also follows from the
/// site's settings and strings (URLs, dates as text), which every page key holds already. A list
/// page's key holds its articles' digests, so the page is kept while none of them changes.
/// </summary>
public sealed class ArticleDigests
{
    private readonly SiteModel _model;

    // Every build keys every list, so every article's digest is needed: all are made up front, in
    // parallel, and then only read, by the article's position in the model. (Made on demand they
    // cost a concurrent lookup and a closure per use, many per article; found in a dictionary, a
    // large share of a one-new-article build's render stage.)
    private readonly byte[][] _digests;

    public ArticleDigests(SiteModel model)
    {
        _model = model;
        var articles = model.Articles;
        _digests = new byte[articles.Count][];
        Parallel.For(0, articles.Count, i => _digests[i] = DigestOf(articles[i]));
    }

    /// <summary>The digest of <paramref name="article"/>, worked out once per article and build.</summary>
    public byte[] Of(Article article)
    {
        var position = _model.IndexOf(article);
        // An article of no list of this model (never the case in a build) is digested on the spot: a digest follows from the article alone.
        return position >= 0 ? _digests[position] : DigestOf(article);
    }

    /// <summary>Every value <see cref="RenderContext.Card"/> reads, in its order; a test holds the two together.</summary>
    internal static byte[] DigestOf(Article article)
    {
        var meta = article.Meta;
        var key = new PageKey(null, [], "article").Add(meta.Title).Add(article.Path).Add(meta.Date.UtcTicks).Add((long)meta.Date.Offset.TotalMinutes)
            .Add(article.LocalDate.Ticks).Add(meta.Summary).Add(meta.Source);
        AddTerms(key, article.Locations);
        AddTerms(key, article.Tags);
        return key.Hash();
    }

    private static void AddTerms(PageKey key, List<Term> terms)
    {
        key.Add(terms.Count);
        foreach (var term in terms) key.Add(term.Name).Add(term.Slug).Add((int)term.Role);
    }
}
