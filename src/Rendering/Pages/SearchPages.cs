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
public sealed class SearchPages : IPageGenerator
{
    public const string Folder = "search/";
    private const string Script = "search.js";

    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var articles = context.Model.Articles;
        var count = articles.Count;
        // Ids oldest first: they stay put as articles are added, and the newest has the highest.
        var keys = new string[count];
        Parallel.For(0, count, i => keys[count - 1 - i] = DocumentKey(context, articles[i]));
        var filters = new FilterSet(context.Model);
        Article ArticleOf(int id) => articles[count - 1 - id];
        var writer = new SearchIndexWriter(new SearchSource(context.Cache, context.Keys.Site, Folder, keys,
            id => filters.Of(ArticleOf(id)), (id, articleFilters) => Document(context, ArticleOf(id), articleFilters), context.Reusable));
        foreach (var file in writer.Files()) yield return file;
        var index = writer.Index;

        var view = new SearchPageView(
            context.Urls.Path(Folder), context.Urls.Path(index!.ManifestPath), ScriptUrl(context),
            context.Urls.Path("tags/"), context.Urls.Path("locations/"), context.Model.Years.Count > 0 ? context.Urls.Path(context.Model.Years[0].Path) : context.Urls.Path(""));
        var model = context.PageModel(context.Page(context.Strings["search"], context.Strings["search_label"], Folder, "search"));
        model["search"] = view;
        yield return HtmlPage.Render(context, Folder, "search", model);
    }

    /// <summary>
    /// Everything an article's document is made from, within one site key (which the index's
    /// state holds): its file (title, lead, body, date) by its hash, and its digest
    /// (<see cref="RenderContext.Digest"/>: what its card is made from, i.e. its URL path, title,
    /// lead, date, source, its terms' names and slugs, and its local date, which decides its year;
    /// the dates as shown follow from the strings, which the site key holds). Both are
    /// hashes worked out already, so the key is made without hashing anything.
    /// </summary>
    private static string DocumentKey(RenderContext context, Article article)
        => string.Create(Math.Min(32, article.Hash.Length) + 32, (article.Hash, Digest: context.Digests.Of(article)), static (key, parts) =>
        {
            parts.Hash.AsSpan(0, key.Length - 32).CopyTo(key);
            Convert.TryToHexStringLower(parts.Digest.AsSpan(0, 16), key[^32..], out _);
        });

    /// <summary>
    /// The filters of the index, one object per tag, location and year, shared by every document
    /// that files under it: made per document, they were twenty objects an article, all kept
    /// until the index is written.
    /// </summary>
    private sealed class FilterSet(SiteModel model)
    {
        private readonly Dictionary<Term, SearchFilter> _terms = model.Locations.Select(l => (l, new SearchFilter("location", l.Slug, l.Name)))
            .Concat(model.Tags.Select(t => (t, new SearchFilter("tag", t.Slug, t.Name)))).ToDictionary(p => p.Item1, p => p.Item2);
        private readonly Dictionary<int, SearchFilter> _years = model.Years.ToDictionary(y => y.Year, y => Year(y.Year));

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
