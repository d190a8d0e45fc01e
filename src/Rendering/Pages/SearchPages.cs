using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// /search/: the page (a plain form that works without script, plus theme/assets/search.js)
/// and the sharded index beside it, made by <see cref="SearchIndexWriter"/> from the site's articles. Every URL in the index comes from <see cref="UrlBuilder"/>,
/// so the search works under a base path; the page names the content-hashed manifest, which
/// names everything else.
/// </summary>
/// <remarks>
/// Made with <see cref="Begin"/> at the head of a render. An index changed in place (a few
/// articles new or changed) is made on another thread from then on, beside the pages before it;
/// its files go out at its turn all the same. A whole index waits for its turn: it is the largest
/// thing a build holds, and the pages' garbage is let go first.
/// </remarks>
public sealed class SearchPages : IPageGenerator
{
    public const string Folder = "search/";
    private const string Script = "search.js";

    private readonly SearchIndexWriter _writer;
    private readonly Task<List<OutputFile>?>? _inPlace;

    private SearchPages(SearchIndexWriter writer, Task<List<OutputFile>?>? inPlace)
    {
        _writer = writer;
        _inPlace = inPlace;
    }

    /// <summary>
    /// Opens the site's index (see <see cref="SearchIndexWriter.Open"/>) and, when it is to be
    /// changed in place, starts that change on another thread. <see cref="Generate"/> then gives
    /// its files; a render that stops before that calls <see cref="Settle"/>.
    /// </summary>
    public static SearchPages Begin(RenderContext context)
    {
        var writer = SearchIndexWriter.Open(Source(context));
        return new SearchPages(writer, writer.InPlace
            ? Task.Factory.StartNew(writer.Update, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null);
    }

    /// <summary>True when the index is being changed in place, beside the pages.</summary>
    public bool ChangesInPlace => _inPlace != null;

    /// <summary>
    /// Waits for the change in place <see cref="Begin"/> started, and lets its failure go: for a
    /// render that stops before the index's turn. An article whose document failed is in the
    /// context's failures by then; any other failure would meet the next render again.
    /// </summary>
    public void Settle()
    {
        try
        {
            _inPlace?.Wait();
        }
        catch (AggregateException)
        {
            // Observed, not thrown: the render stops for the failure that came first.
        }
    }

    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var files = _inPlace?.GetAwaiter().GetResult();
        if (files == null) BeforeTheWholeIndex(context);
        foreach (var file in files ?? _writer.Build()) yield return file;
        var index = _writer.Index;

        var view = new SearchPageView(
            context.Urls.Path(Folder), context.Urls.Path(index!.ManifestPath), ScriptUrl(context),
            context.Urls.Path("tags/"), context.Urls.Path("locations/"), context.Model.Years.Count > 0 ? context.Urls.Path(context.Model.Years[0].Path) : context.Urls.Path(""));
        var model = context.PageModel(context.Page(context.Strings["search"], context.Strings["search_label"], Folder, "search"));
        model["search"] = view;
        yield return HtmlPage.Render(context, Folder, "search", model);
    }

    /// <summary>What the index is made from: the site's articles, oldest first (ids stay put as articles are added, and the newest has the highest).</summary>
    private static SearchSource Source(RenderContext context)
    {
        var articles = context.Model.Articles;
        var count = articles.Count;
        Article ArticleOf(int id) => articles[count - 1 - id];
        // Made when first asked for: a change in place asks only for the changed articles' filters.
        var filters = new Lazy<FilterSet>(() => new FilterSet(context.Model));
        return new SearchSource(context.Cache, context.Keys.Site, Folder, count, (id, into) => DocumentKey(context, ArticleOf(id), into),
            id => filters.Value.Of(ArticleOf(id)), (id, articleFilters) => Document(context, ArticleOf(id), articleFilters), context.Reusable);
    }

    /// <summary>
    /// A whole index is the largest thing a build holds while it is made. What the pages before it
    /// made is garbage by then (the cards, which no index entry shows, too), and the collector,
    /// left alone, keeps much of that memory while the index grows on top of it: one compacting
    /// collection first lets the index start from what is live. A small heap (a small site, a
    /// rebuild that kept most pages) is left to the collector, where it would cost time and save little.
    /// </summary>
    private static void BeforeTheWholeIndex(RenderContext context)
    {
        context.ForgetCards();
        if (GC.GetGCMemoryInfo().HeapSizeBytes < LargeHeapBytes) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private const long LargeHeapBytes = 128L * 1024 * 1024;

    /// <summary>
    /// Everything an article's document is made from, within one site key (which the index's
    /// state holds): its file (title, lead, body, date) by its hash, and its digest
    /// (<see cref="RenderContext.Digest"/>: what its card is made from, i.e. its URL path, title,
    /// lead, date, source, its terms' names and slugs, and its local date, which decides its year;
    /// the dates as shown follow from the strings, which the site key holds). Both are
    /// hashes worked out already, so the key is spelled without hashing anything.
    /// </summary>
    private static int DocumentKey(RenderContext context, Article article, Span<char> into)
    {
        var hash = Math.Min(32, article.Hash.Length);
        article.Hash.AsSpan(0, hash).CopyTo(into);
        Convert.TryToHexStringLower(context.Digests.Of(article).AsSpan(0, 16), into.Slice(hash, 32), out _);
        return hash + 32;
    }

    /// <summary>
    /// The filters of the index, one object per tag, location and year, shared by every document
    /// that files under it: made per document, they were twenty objects an article, all kept
    /// until the index is written.
    /// </summary>
    private sealed class FilterSet(SiteModel model)
    {
        private readonly Dictionary<Term, SearchFilter> _terms = TermFilters(model);
        private readonly Dictionary<int, SearchFilter> _years = model.Years.ToDictionary(y => y.Year, y => Year(y.Year));

        // Loops, not LINQ over (term, filter) tuples: iterators over a tuple are generic code in
        // no ReadyToRun image, compiled anew in every build.
        private static Dictionary<Term, SearchFilter> TermFilters(SiteModel model)
        {
            var terms = new Dictionary<Term, SearchFilter>();
            foreach (var location in model.Locations) terms.Add(location, new SearchFilter("location", location.Slug, location.Name));
            foreach (var tag in model.Tags) terms.Add(tag, new SearchFilter("tag", tag.Slug, tag.Name));
            return terms;
        }

        public SearchFilter[] Of(Article article)
            => [.. article.Locations.Select(l => _terms[l]), .. article.Tags.Select(t => _terms[t]),
                _years.TryGetValue(article.LocalDate.Year, out var year) ? year : Year(article.LocalDate.Year)];

        private static SearchFilter Year(int year)
        {
            var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new SearchFilter("year", text, text);
        }
    }

    private static SearchDocument Document(RenderContext context, Article article, IReadOnlyList<SearchFilter> filters)
    {
        // An index cannot be made with an entry missing: an article whose text fails stops it, and the site is rendered again without the article.
        var body = context.ForArticle(article, () => PlainText(article.ReadBody())) ?? throw new ArticlesFailedException(context.Failures);
        return new SearchDocument(
            context.Urls.Path(article.Path), article.Meta.Title, article.Meta.Summary, body,
            article.Tags.Select(t => t.Name).ToList(), article.Locations.Select(l => l.Name).ToList(), filters,
            ArticleDates.Iso(article.Meta.Date), context.Strings.FormatDate(article.LocalDate));
    }

    /// <summary>
    /// The link from a tag, location or year page to the search page narrowed to it: the filter as
    /// <see cref="SearchFilter"/> names it (kind, value), so the page finds the same list the index holds.
    /// </summary>
    public static SearchWithinView Within(RenderContext context, string kind, string value, string label)
        => new(context.Urls.Path(Folder) + "?" + kind + "=" + Uri.EscapeDataString(value),
            context.Strings.Format(kind == "year" ? "search_within_year" : "search_within", label));

    private static string PlainText(string markdown) => MarkdownText.ToPlainText(markdown);

    private static string ScriptUrl(RenderContext context) => context.Assets.Url(Script);
}
