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
        var key = IndexKey(context);
        var (manifestPath, files) = Reuse(context, key) ?? Build(context, key);

        var view = new SearchPageView(
            context.Urls.Path(Folder), context.Urls.Path(manifestPath), ScriptUrl(context),
            context.Urls.Path("tags/"), context.Urls.Path("locations/"), context.Model.Years.Count > 0 ? context.Urls.Path(context.Model.Years[0].Path) : context.Urls.Path(""));
        var model = context.PageModel(context.Page(context.Strings["search"], context.Strings["search_label"], Folder, "search"));
        model["search"] = view;
        return [.. files, HtmlPage.Render(context, Folder, "search", model)];
    }

    /// <summary>
    /// Everything the index is made from, per article oldest first: the file's hash (title, lead,
    /// body, date), its URL, its terms and its local date. Equal keys, equal index files.
    /// </summary>
    private static string IndexKey(RenderContext context)
        => context.Keys.Of("search-index", context.Model.Articles.Reverse().Select(a => new object[]
        {
            a.Hash, a.Path, a.LocalDate,
            a.Locations.Select(l => l.Slug + "\t" + l.Name).ToList(), a.Tags.Select(t => t.Slug + "\t" + t.Name).ToList(),
        }).ToList());

    private static (string, IReadOnlyList<OutputFile>)? Reuse(RenderContext context, string key)
    {
        var previous = context.Previous?.PathsMadeFrom(key) ?? [];
        var manifest = previous.FirstOrDefault(p => p.StartsWith(Folder + "manifest.", StringComparison.Ordinal));
        return manifest == null ? null : (manifest, previous.Select(p => OutputFile.Keep(p, key)).ToList());
    }

    private static (string, IReadOnlyList<OutputFile>) Build(RenderContext context, string key)
    {
        var articles = context.Model.Articles;
        var documents = new SearchDocument[articles.Count];
        // Oldest first: ids stay put as articles are added, and the newest has the highest id.
        Parallel.For(0, articles.Count, i => documents[articles.Count - 1 - i] = Document(context, articles[i]));
        var index = new SearchIndexBuilder().Build(documents, Folder);
        return (index.ManifestPath, index.Files.Select(f => f with { Key = key }).ToList());
    }

    private static SearchDocument Document(RenderContext context, Article article)
    {
        var filters = new List<SearchFilter>();
        filters.AddRange(article.Locations.Select(l => new SearchFilter("location", l.Slug, l.Name)));
        filters.AddRange(article.Tags.Select(t => new SearchFilter("tag", t.Slug, t.Name)));
        var year = article.LocalDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        filters.Add(new SearchFilter("year", year, year));
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
