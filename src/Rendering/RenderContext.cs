using StaticNews.Caching;
using System.Collections.Concurrent;
using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// What every page generator shares: the site model, URLs, strings, the template engine, the
/// article cards (<see cref="ArticleCards"/>), and what decides whether a page is made again
/// (its key, the previous output).
/// </summary>
public sealed class RenderContext
{
    public SiteModel Model { get; }
    public UrlBuilder Urls { get; }
    public LocalizedStrings Strings { get; }
    public TemplateEngine Templates { get; }
    public MarkdownRenderer Markdown { get; }
    public SiteView Site { get; }
    public RenderFingerprint Keys { get; }
    public AssetUrls Assets { get; }
    private readonly ArticleCards _cards;

    /// <summary>The previous build's output when it can be reused (incremental builds), else null.</summary>
    public IPreviousOutput? Previous { get; }

    /// <summary>Where generators may keep what they worked out for the next build (null: nowhere).</summary>
    public BuildCache? Cache { get; }

    /// <param name="keys">The theme's keys made beforehand for <paramref name="model"/>'s config (<see cref="RenderSetup"/>), or null to make them here.</param>
    public RenderContext(SiteModel model, Theme theme, LocalizedStrings strings, TemplateEngine templates, IPreviousOutput? previous = null, BuildCache? cache = null,
        ThemeKeys? keys = null)
    {
        Previous = previous;
        Cache = cache;
        Model = model;
        Urls = new UrlBuilder(model.Config);
        Strings = strings;
        Templates = templates;
        Markdown = new MarkdownRenderer();
        keys ??= ThemeKeys.For(model.Config, theme, strings);
        Assets = keys.Assets;
        Keys = keys.Fingerprint;
        Site = new SiteView(
            model.Config.Title, model.Config.Description, strings.Language, Urls.BasePath, Urls.Path(""),
            Urls.Path("tags/"), Urls.Path("locations/"), Urls.Path("feed.xml"),
            Assets.Url("style.css"), Assets.Url("favicon.svg"), Markdown.ToHtml(model.Config.Footer));
        _cards = new ArticleCards(Urls, strings);
        Digests = new ArticleDigests(model);
    }

    /// <summary>An article's card (see <see cref="ArticleCards"/>).</summary>
    public ArticleCardView Card(Article article) => _cards.Card(article);

    /// <summary>
    /// Lets go of the cards made so far, for when no page left to render shows one: a card asked
    /// for after this is made again.
    /// </summary>
    public void ForgetCards() => _cards.Clear();

    /// <summary>A key for one output of <paramref name="kind"/>; see <see cref="PageKey"/>.</summary>
    public PageKey Key(string kind) => Keys.Key(this, kind);

    /// <summary>Each article's digest, which list, feed and neighbour keys hold; see <see cref="ArticleDigests"/>.</summary>
    public ArticleDigests Digests { get; }

    private readonly ConcurrentDictionary<Article, ArticleFailure> _failures = new(ReferenceEqualityComparer.Instance);

    /// <summary>The articles whose own work threw in this render, with why; see <see cref="ForArticle{T}"/>.</summary>
    public IReadOnlyDictionary<Article, ArticleFailure> Failures => _failures;

    /// <summary>
    /// The error boundary around one article's own work (its page, JSON-LD, search entry): what it
    /// throws is noted against the article and null returned, so the rest of the site goes on
    /// rendering and the article can be left out of every list (see <see cref="SiteRenderer"/>).
    /// </summary>
    public T? ForArticle<T>(Article article, Func<T> work) where T : class
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ArticlesFailedException))
        {
            _failures.TryAdd(article, ArticleFailure.Of(article.SourceFile, e));
            return null;
        }
    }

    /// <summary>True when output/ already holds the file at <paramref name="path"/> made from <paramref name="key"/>.</summary>
    public bool Reusable(string path, string key) => Previous?.CanReuse(path, key) ?? false;

    public IReadOnlyList<ArticleCardView> Cards(IEnumerable<Article> articles) => _cards.Cards(articles);

    public LinkView Link(Term term) => new(term.Name, Urls.Path(term.Path), term.Articles.Count, CountText(term.Articles.Count));

    public string CountText(int count)
        => count == 1 ? Strings["one_article"] : Strings.Format("n_articles", Strings.FormatNumber(count));

    /// <summary>Variables every layout gets, plus the page's own.</summary>
    public Dictionary<string, object?> PageModel(PageView page)
        => new() { ["site"] = Site, ["page"] = page, ["t"] = Strings.Strings };

    public PageView Page(string title, string description, string sitePath, string kind, string? feedPath = null, string? feedTitle = null)
        => new(title, description, Urls.Path(sitePath), Urls.Absolute(sitePath), feedPath == null ? null : Urls.Path(feedPath), feedTitle, kind);
}
