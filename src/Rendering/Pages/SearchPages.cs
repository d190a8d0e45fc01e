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
        var count = articles.Count;
        var builder = new SearchIndexBuilder();
        var store = SearchIndexStore.Open(context.CacheFolder, builder.Options, Folder, context.Keys.Site);
        // Ids oldest first: they stay put as articles are added, and the newest has the highest.
        var keys = new string[count];
        Parallel.For(0, count, i => keys[count - 1 - i] = DocumentKey(context, articles[i]));
        var filters = new FilterSet(context.Model);
        var terms = new TermTable();

        var previous = store?.Load();
        var made = new Made();
        // Documents are compared by their keys within one site key only (URLs and dates as shown follow from it).
        var files = (previous != null && previous.Site == store!.Site ? Update(context, builder, store, previous, keys, filters, terms, made) : null)
            ?? Build(context, builder, store, previous, keys, filters, terms, made);
        foreach (var file in files) yield return file;
        var index = made.Index;

        var view = new SearchPageView(
            context.Urls.Path(Folder), context.Urls.Path(index!.ManifestPath), ScriptUrl(context),
            context.Urls.Path("tags/"), context.Urls.Path("locations/"), context.Model.Years.Count > 0 ? context.Urls.Path(context.Model.Years[0].Path) : context.Urls.Path(""));
        var model = context.PageModel(context.Page(context.Strings["search"], context.Strings["search_label"], Folder, "search"));
        model["search"] = view;
        yield return HtmlPage.Render(context, Folder, "search", model);
    }

    /// <summary>
    /// The index changed in place where documents differ from the last build's (see
    /// <see cref="SearchIndexBuilder.Update"/>): only the changed articles are read, tokenised and
    /// stemmed, and every other article's fragment is kept. Null when the change is too large or
    /// moves what every entry depends on, or the cache is damaged: then the whole index is built.
    /// </summary>
    private static List<OutputFile>? Update(RenderContext context, SearchIndexBuilder builder, SearchIndexStore store, SearchIndexState previous,
        string[] keys, FilterSet filters, TermTable terms, Made made)
    {
        var articles = context.Model.Articles;
        var count = keys.Length;
        // Past a few per cent of the archive, building the whole index costs no more.
        var changedIds = previous.ChangedIds(keys, limit: 64 + previous.Documents / 32);
        if (changedIds == null) return null;
        var present = new List<int>(changedIds.Count);
        foreach (var d in changedIds)
            if (d < count) present.Add(d);
        var prepared = new IndexedDocument[present.Count];
        Parallel.For(0, present.Count, i =>
        {
            var article = articles[count - 1 - present[i]];
            prepared[i] = builder.Prepare(Document(context, article, filters.Of(article)), terms, keys[present[i]]);
        });
        var documents = new Dictionary<int, IndexedDocument>();
        for (var i = 0; i < present.Count; i++) documents[present[i]] = prepared[i];

        SearchIndex? index;
        try
        {
            index = builder.Update(store, previous, keys, changedIds, documents, terms, Folder, context.Reusable);
        }
        catch (Exception e) when (SearchIndexStore.IsDamage(e))
        {
            index = null;
        }
        if (index == null) return null;

        var files = new List<OutputFile>(count + index.Files.Count + 1);
        var fragmentPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            OutputFile fragment;
            if (documents.TryGetValue(d, out var document))
                fragment = Fragment(document.FragmentName, document.Fragment!);
            else if (context.Reusable(FragmentPath(previous.FragmentNames[d]), ContentKey))
                fragment = OutputFile.Keep(FragmentPath(previous.FragmentNames[d]), ContentKey);
            else
            {
                // Not in output/ (gone, or never committed): made again, to the bytes its key stands for.
                var article = articles[count - 1 - d];
                var bytes = builder.Fragment(Document(context, article, filters.Of(article)));
                if (SearchIndexFiles.NameOf(bytes) != previous.FragmentNames[d])
                    throw new InvalidOperationException($"the search document key of {article.SourceFile} does not cover what its fragment shows");
                fragment = Fragment(previous.FragmentNames[d], bytes);
            }
            if (fragmentPaths.Add(fragment.Path)) files.Add(fragment);
        }
        files.AddRange(index.Files);
        made.Index = index;
        return files;
    }

    /// <summary>
    /// The whole index. An article whose key the last build's cache holds is not read, tokenised or
    /// stemmed again (its counts come from the cache) and its fragment is kept when output/ has it.
    /// Fragments go out as they are made, a chunk at a time: at 100,000 articles they are hundreds
    /// of megabytes, and the rest of the index needs only their names.
    /// </summary>
    private static IEnumerable<OutputFile> Build(RenderContext context, SearchIndexBuilder builder, SearchIndexStore? store, SearchIndexState? previous,
        string[] keys, FilterSet filters, TermTable terms, Made made)
    {
        var articles = context.Model.Articles;
        var count = keys.Length;
        var cached = new Dictionary<string, (DocumentTerms Terms, string? FragmentName)>(StringComparer.Ordinal);
        if (previous != null && store != null)
        {
            try
            {
                var segments = new List<StoredDocument>[previous.Segments.Count];
                Parallel.For(0, segments.Length, s => segments[s] = store.GetSegment(previous.Segments[s], terms));
                var d = 0;
                foreach (var document in segments.SelectMany(s => s))
                {
                    if (document.Key == previous.Keys[d]) cached.TryAdd(document.Key, (document.Terms, previous.Site == store.Site ? previous.FragmentNames[d] : null));
                    d++;
                }
            }
            catch (Exception e) when (SearchIndexStore.IsDamage(e))
            {
                cached.Clear();
            }
        }

        var documents = new IndexedDocument[count];
        var fragmentPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in ParallelChunks.Select(Enumerable.Range(0, count).ToList(), d =>
        {
            var article = articles[count - 1 - d];
            var key = keys[d];
            var articleFilters = filters.Of(article);
            if (cached.TryGetValue(key, out var known))
            {
                // The fragment follows from the key only within one site key (its URL and dates as shown).
                if (known.FragmentName != null && context.Reusable(FragmentPath(known.FragmentName), ContentKey))
                {
                    documents[d] = new IndexedDocument(known.Terms, articleFilters, known.FragmentName, null, key);
                    return OutputFile.Keep(FragmentPath(known.FragmentName), ContentKey);
                }
                var bytes = builder.Fragment(Document(context, article, articleFilters));
                var fragment = Fragment(SearchIndexFiles.NameOf(bytes), bytes);
                documents[d] = new IndexedDocument(known.Terms, articleFilters, SearchIndexFiles.NameOf(bytes), null, key);
                return fragment;
            }
            var document = builder.Prepare(Document(context, article, articleFilters), terms, key);
            documents[d] = document with { Fragment = null };
            return Fragment(document.FragmentName, document.Fragment!);
        }))
            if (fragmentPaths.Add(fragment.Path)) yield return fragment;

        var index = builder.Build(documents, terms, Folder, fragmentsWritten: true, store);
        made.Index = index;
        foreach (var file in index.Files) yield return file;
    }

    /// <summary>The index, once its files are made.</summary>
    private sealed class Made
    {
        public SearchIndex? Index { get; set; }
    }

    private static string FragmentPath(string name) => SearchIndexFiles.Fragment(Folder, name);

    /// <summary>A fragment file: named by its bytes, so kept under the key of content-addressed files.</summary>
    private static OutputFile Fragment(string name, byte[] bytes) => new(FragmentPath(name), bytes) { Key = ContentKey };

    private const string ContentKey = SearchIndexBuilder.ContentKey;

    /// <summary>
    /// Everything an article's document is made from, within one site key (which the index's
    /// state holds): its file (title, lead, body, date) by its hash, and its digest
    /// (<see cref="RenderContext.Digest"/>: what its card is made from, i.e. its URL path, title,
    /// lead, date, source, its terms' names and slugs, and its local date, which decides its year;
    /// the dates as shown follow from the strings, which the site key holds). Both are
    /// hashes worked out already, so the key is made without hashing anything.
    /// </summary>
    private static string DocumentKey(RenderContext context, Article article)
        => string.Create(Math.Min(32, article.Hash.Length) + 32, (article.Hash, Digest: context.Digest(article)), static (key, parts) =>
        {
            parts.Hash.AsSpan(0, key.Length - 32).CopyTo(key);
            Convert.TryToHexStringLower(parts.Digest.AsSpan(0, 16), key[^32..], out _);
        });

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
        // An index cannot be made with an entry missing: an article whose text fails stops it, and the site is rendered again without the article.
        var body = context.ForArticle(article, () => PlainText(article.Body)) ?? throw new ArticlesFailedException(context.Failures);
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

    private string ScriptUrl(RenderContext context)
        => theme.Assets.TryGetValue(Script, out var file)
            ? context.Urls.Path("assets/" + Script) + "?v=" + Text.ContentHash.Of(File.ReadAllBytes(file))[..10]
            : context.Urls.Path("assets/" + Script);
}
