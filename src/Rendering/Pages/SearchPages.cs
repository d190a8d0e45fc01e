using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Search;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// /search/: the page (a plain form that works without script, plus theme/assets/search.js)
/// and the sharded index beside it. Every URL in the index comes from <see cref="UrlBuilder"/>,
/// so the search works under a base path; the page names the content-hashed manifest, which
/// names everything else.
/// </summary>
public sealed class SearchPages(Theme theme) : IPageGenerator
{
    public const string Folder = "search/";
    private const string Script = "search.js";

    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var articles = context.Model.Articles;
        var cache = new SearchTermCache(context.CacheFolder);
        var builder = new SearchIndexBuilder();
        var documents = new IndexedDocument[articles.Count];
        var filters = new FilterSet(context.Model);
        // Fragments go out as they are made, a chunk at a time: at 100,000 articles they are
        // hundreds of megabytes, and the rest of the index needs only their names.
        var fragmentPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in ParallelChunks.Select(Enumerable.Range(0, articles.Count).ToList(), i => Prepare(context, cache, builder, filters, documents, i)))
            if (fragmentPaths.Add(fragment.Path)) yield return fragment;

        var index = builder.Build(documents, cache.Terms, Folder, fragmentsWritten: true);
        cache.Save();
        foreach (var file in index.Files) yield return file;

        var view = new SearchPageView(
            context.Urls.Path(Folder), context.Urls.Path(index.ManifestPath), ScriptUrl(context),
            context.Urls.Path("tags/"), context.Urls.Path("locations/"), context.Model.Years.Count > 0 ? context.Urls.Path(context.Model.Years[0].Path) : context.Urls.Path(""));
        var model = context.PageModel(context.Page(context.Strings["search"], context.Strings["search_label"], Folder, "search"));
        model["search"] = view;
        yield return HtmlPage.Render(context, Folder, "search", model);
    }

    /// <summary>
    /// One article's document for the index, placed oldest first (ids stay put as articles are
    /// added, and the newest has the highest id), and its fragment file. An article whose
    /// document key is unchanged and whose fragment output/ still holds is not read, tokenised or
    /// stemmed again: its counts come from the term cache and its fragment is kept. The term
    /// shards, id blocks and manifest are always made anew and written only where their bytes
    /// changed.
    /// </summary>
    private static OutputFile Prepare(RenderContext context, SearchTermCache cache, SearchIndexBuilder builder, FilterSet shared, IndexedDocument[] documents, int i)
    {
        var articles = context.Model.Articles;
        var article = articles[i];
        var filters = shared.Of(article);
        var key = DocumentKey(context, article, filters);
        OutputFile fragment;
        IndexedDocument document;
        if (cache.TryGet(key, out var terms, out var fragmentName) && context.Reusable(FragmentPath(fragmentName), key))
        {
            document = new IndexedDocument(terms, filters, fragmentName, null, key);
            fragment = OutputFile.Keep(FragmentPath(fragmentName), key);
        }
        else
        {
            document = builder.Prepare(Document(context, article, filters), cache.Terms, key);
            fragment = new OutputFile(FragmentPath(document.FragmentName), document.Fragment!) { Key = key };
            document = document with { Fragment = null };
        }
        cache.Remember(key, document.Terms, document.FragmentName);
        documents[articles.Count - 1 - i] = document;
        return fragment;
    }

    private static string FragmentPath(string name) => Folder + "f/" + name + ".json";

    /// <summary>Everything an article's document is made from: its file (title, lead, body, date), URL, terms and dates as shown.</summary>
    private static string DocumentKey(RenderContext context, Article article, IReadOnlyList<SearchFilter> filters)
    {
        var key = context.Key("search-document").Add(article.Hash).Add(article);
        foreach (var filter in filters) key.Add(filter.Key).Add(filter.Label);
        return key.Add(filters.Count).Finish();
    }

    /// <summary>
    /// The filters of the index, one object per tag, location and year, shared by every document
    /// that files under it: made per document, they were twenty objects an article, a hundred
    /// megabytes at 100,000 articles, all kept until the index is written.
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
        return new SearchDocument(
            context.Urls.Path(article.Path), article.Meta.Title, article.Meta.Summary, PlainText(article.Body),
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

    private string ScriptUrl(RenderContext context)
        => theme.Assets.TryGetValue(Script, out var file)
            ? context.Urls.Path("assets/" + Script) + "?v=" + Text.ContentHash.Of(File.ReadAllBytes(file))[..10]
            : context.Urls.Path("assets/" + Script);
}
