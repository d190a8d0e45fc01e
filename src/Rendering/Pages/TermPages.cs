using StaticNews.Output;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>A paginated page and an Atom feed per tag and per location.</summary>
public sealed class TermPages(TermKind kind) : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
        => ParallelChunks.Select(context.Model.Terms(kind), term => ForTerm(context, term).ToList()).SelectMany(f => f);

    private IEnumerable<OutputFile> ForTerm(RenderContext context, Term term)
    {
        var kindName = context.Strings[kind == TermKind.Tags ? "tag" : "location"];
        var feedPath = term.Path + "feed.xml";
        var feedTitle = $"{context.Model.Config.Title}: {term.Name}";
        foreach (var slice in Paginator.Paginate(term.Articles, context.Model.Config.PageSize, term.Path, context))
        {
            var title = slice.Pager.Current == 1 ? term.Name : $"{term.Name} – {slice.Pager.Label}";
            var description = $"{kindName}: {term.Name}. {context.CountText(term.Articles.Count)}.";
            var model = context.PageModel(context.Page(title, description, slice.SitePath, kind == TermKind.Tags ? "tag" : "location", feedPath, feedTitle));
            model["term"] = context.Link(term);
            model["kind_name"] = kindName;
            model["index_url"] = context.Urls.Path(kind == TermKind.Tags ? "tags/" : "locations/");
            model["articles"] = context.Cards(slice.Items);
            model["pager"] = slice.Pager;
            yield return HtmlPage.Render(context, slice.SitePath, "term", model);
        }
        yield return AtomFeed.Write(context, feedPath, feedTitle, term.Path, term.Articles);
    }
}
